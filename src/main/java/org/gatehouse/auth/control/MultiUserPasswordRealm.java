package org.gatehouse.auth.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.apache.shiro.authc.AuthenticationInfo;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authc.IncorrectCredentialsException;
import org.apache.shiro.authc.SimpleAuthenticationInfo;
import org.apache.shiro.authc.UnknownAccountException;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.authz.AuthorizationInfo;
import org.apache.shiro.realm.AuthorizingRealm;
import org.apache.shiro.subject.PrincipalCollection;
import org.gatehouse.users.control.UserDirectory;
import org.gatehouse.users.entity.User;

/**
 * Username and bcrypt password of multi-user mode (contract 3.4). An unknown username costs the same
 * bcrypt time as a known one; suspension is revealed only after a correct password.
 */
@Dependent
public class MultiUserPasswordRealm extends AuthorizingRealm {

    @Inject
    UserDirectory users;

    @Inject
    PasswordHashing hashing;

    public MultiUserPasswordRealm() {
        setName("multi-user-password");
        setAuthenticationTokenClass(UsernamePasswordToken.class);
        setCredentialsMatcher((token, info) -> true); // decided in doGetAuthenticationInfo
        setAuthorizationCachingEnabled(false);
    }

    @Override
    protected AuthenticationInfo doGetAuthenticationInfo(AuthenticationToken token) {
        UsernamePasswordToken credentials = (UsernamePasswordToken) token;
        String password = credentials.getPassword() == null ? "" : new String(credentials.getPassword());
        User user = users.byUsername(credentials.getUsername()).orElse(null);
        if (user == null) {
            hashing.spendEquivalentTime(password);
            throw new UnknownAccountException();
        }
        if (!hashing.matches(password, user.getPassword())) {
            throw new IncorrectCredentialsException();
        }
        if (user.getSuspended() != 0) {
            throw new SuspendedAccountException(user);
        }
        return new SimpleAuthenticationInfo(user, token.getCredentials(), getName());
    }

    @Override
    protected AuthorizationInfo doGetAuthorizationInfo(PrincipalCollection principals) {
        return UserRoles.of(principals, getName());
    }
}
