package org.gatehouse.auth.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import org.apache.shiro.authc.AuthenticationInfo;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authc.SimpleAuthenticationInfo;
import org.apache.shiro.authz.AuthorizationInfo;
import org.apache.shiro.authz.SimpleAuthorizationInfo;
import org.apache.shiro.realm.AuthorizingRealm;
import org.apache.shiro.subject.PrincipalCollection;
import org.gatehouse.sso.control.TemporaryTokens;
import org.gatehouse.sso.entity.TemporaryAuthToken;
import org.gatehouse.users.control.UserDirectory;
import org.gatehouse.users.entity.User;

/**
 * Simple SSO's one-time tokens (contract 3.8): required, known, not expired, user not suspended; each
 * refusal carries the contract's reason. The token is consumed by the lookup, whatever follows.
 */
@Dependent
public class TemporaryTokenRealm extends AuthorizingRealm {

    @Inject
    TemporaryTokens tokens;

    @Inject
    UserDirectory users;

    @Inject
    Clock clock;

    public TemporaryTokenRealm() {
        setName("sso-temporary-token");
        setAuthenticationTokenClass(TemporaryTokenCredential.class);
        setCredentialsMatcher((token, info) -> true); // decided in doGetAuthenticationInfo
        setAuthorizationCachingEnabled(false);
    }

    @Override
    protected AuthenticationInfo doGetAuthenticationInfo(AuthenticationToken token) {
        String presented = ((TemporaryTokenCredential) token).token();
        if (presented == null || presented.isEmpty()) {
            throw new KeyRejectedException("Public token is required to validate a temporary auth token.");
        }
        TemporaryAuthToken found = tokens.take(presented).orElseThrow(() -> new KeyRejectedException("Invalid token."));
        if (!clock.instant().isBefore(found.getExpiresAt())) {
            throw new KeyRejectedException("Token expired.");
        }
        User user = users.byId(found.getUserId()).orElseThrow(() -> new KeyRejectedException("Invalid token."));
        if (user.getSuspended() != 0) {
            throw new KeyRejectedException("User account suspended.", true);
        }
        return new SimpleAuthenticationInfo(user, presented, getName());
    }

    @Override
    protected AuthorizationInfo doGetAuthorizationInfo(PrincipalCollection principals) {
        return UserRoles.of(principals, getName());
    }
}
