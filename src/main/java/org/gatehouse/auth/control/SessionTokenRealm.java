package org.gatehouse.auth.control;

import static org.gatehouse.auth.control.SessionRejectedException.MULTI_USER_INVALID;
import static org.gatehouse.auth.control.SessionRejectedException.MULTI_USER_NO_USER;
import static org.gatehouse.auth.control.SessionRejectedException.SINGLE_USER_INVALID;
import static org.gatehouse.auth.control.SessionRejectedException.SINGLE_USER_WRONG_PASSWORD;
import static org.gatehouse.auth.control.SessionRejectedException.SUSPENDED;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.shiro.authc.AuthenticationInfo;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authc.SimpleAuthenticationInfo;
import org.apache.shiro.authz.AuthorizationInfo;
import org.apache.shiro.realm.AuthorizingRealm;
import org.apache.shiro.subject.PrincipalCollection;
import org.apache.shiro.subject.SimplePrincipalCollection;
import org.gatehouse.settings.control.Configuration;
import org.gatehouse.users.control.UserDirectory;
import org.gatehouse.users.entity.User;

/**
 * The session JWT of every request (contract 1.5). In multi-user mode the user is loaded on every
 * request, so deletion, suspension and role changes take effect at once; sessions issued before the
 * user's "tokens valid after" instant are refused, but for the one session that revocation kept. In single-user mode the token must be bound to the
 * current {@code AUTH_TOKEN} and issued after the last single-user logout.
 */
@Dependent
public class SessionTokenRealm extends AuthorizingRealm {

    @Inject
    SessionTokens tokens;

    @Inject
    UserDirectory users;

    @Inject
    Configuration configuration;

    @Inject
    SingleUserSessions singleUserSessions;

    public SessionTokenRealm() {
        setName("session-token");
        setAuthenticationTokenClass(SessionToken.class);
        setCredentialsMatcher((token, info) -> true); // decided in doGetAuthenticationInfo
        setAuthorizationCachingEnabled(false);
    }

    @Override
    protected AuthenticationInfo doGetAuthenticationInfo(AuthenticationToken token) {
        SessionToken session = (SessionToken) token;
        if (!session.mode().isMultiUser()) {
            return new SimpleAuthenticationInfo(singleUser(session), session.jwt(), getName());
        }
        SessionTokens.Claims claims = tokens.verify(session.jwt())
                .orElseThrow(() -> new SessionRejectedException(MULTI_USER_INVALID));
        List<Object> principals = new ArrayList<>(List.of(user(claims)));
        claims.sessionId().map(SessionToken.Id::new).ifPresent(principals::add);
        return new SimpleAuthenticationInfo(new SimplePrincipalCollection(principals, getName()), session.jwt());
    }

    private User user(SessionTokens.Claims claims) {
        int userId = claims.userId().orElseThrow(() -> new SessionRejectedException(MULTI_USER_INVALID));
        User user = users.byId(userId).orElseThrow(() -> new SessionRejectedException(MULTI_USER_NO_USER));
        if (user.getSuspended() != 0) {
            throw new SessionRejectedException(SUSPENDED);
        }
        if (issuedBefore(claims, user.getTokensValidAfter()) && !spared(claims, user)) {
            throw new SessionRejectedException(MULTI_USER_INVALID);
        }
        return user;
    }

    private SingleUserPrincipal singleUser(SessionToken session) {
        SessionTokens.Claims claims = tokens.verify(session.jwt())
                .orElseThrow(() -> new SessionRejectedException(SINGLE_USER_INVALID));
        String binding = claims.passwordBinding()
                .orElseThrow(() -> new SessionRejectedException(SINGLE_USER_INVALID));
        if (issuedBefore(claims, singleUserSessions.validAfter().orElse(null))) {
            throw new SessionRejectedException(SINGLE_USER_INVALID);
        }
        String expected = configuration.authToken().map(tokens::passwordBinding).orElse(null);
        if (!binding.equals(expected)) {
            throw new SessionRejectedException(SINGLE_USER_WRONG_PASSWORD);
        }
        return SingleUserPrincipal.INSTANCE;
    }

    /** Issued at or before the revocation instant: a revocation certainly ends tokens of its own millisecond. */
    private static boolean issuedBefore(SessionTokens.Claims claims, Instant validAfter) {
        return validAfter != null && !claims.issuedAt().isAfter(validAfter);
    }

    /** The one session a revocation kept (a user's own password change keeps the session that made it). */
    private static boolean spared(SessionTokens.Claims claims, User user) {
        return user.getTokensKeptSession() != null && claims.sessionId().filter(user.getTokensKeptSession()::equals).isPresent();
    }

    @Override
    protected AuthorizationInfo doGetAuthorizationInfo(PrincipalCollection principals) {
        return UserRoles.of(principals, getName());
    }
}
