package org.gatehouse.auth.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.apache.shiro.authc.AuthenticationInfo;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authc.IncorrectCredentialsException;
import org.apache.shiro.authc.SimpleAuthenticationInfo;
import org.apache.shiro.authz.AuthorizationInfo;
import org.apache.shiro.authz.SimpleAuthorizationInfo;
import org.apache.shiro.realm.AuthorizingRealm;
import org.apache.shiro.subject.PrincipalCollection;
import org.gatehouse.settings.control.Configuration;

/** Checks the single-user password against {@code AUTH_TOKEN} (contract 3.3), in constant time. */
@Dependent
public class SingleUserPasswordRealm extends AuthorizingRealm {

    @Inject
    Configuration configuration;

    public SingleUserPasswordRealm() {
        setName("single-user-password");
        setAuthenticationTokenClass(SingleUserPasswordToken.class);
        setCredentialsMatcher((token, info) -> true); // decided in doGetAuthenticationInfo
        setAuthorizationCachingEnabled(false);
    }

    @Override
    protected AuthenticationInfo doGetAuthenticationInfo(AuthenticationToken token) {
        String given = ((SingleUserPasswordToken) token).password();
        String expected = configuration.authToken().orElse(null);
        if (given == null || expected == null || !MessageDigest.isEqual(
                given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8))) {
            throw new IncorrectCredentialsException();
        }
        return new SimpleAuthenticationInfo(SingleUserPrincipal.INSTANCE, given, getName());
    }

    @Override
    protected AuthorizationInfo doGetAuthorizationInfo(PrincipalCollection principals) {
        return new SimpleAuthorizationInfo(); // no roles in single-user mode
    }
}
