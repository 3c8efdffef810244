package org.gatehouse.auth.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.apache.shiro.authc.AuthenticationInfo;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.mgt.DefaultSessionStorageEvaluator;
import org.apache.shiro.mgt.DefaultSubjectDAO;
import org.apache.shiro.web.mgt.DefaultWebSecurityManager;
import org.apache.shiro.web.mgt.WebSecurityManager;

/**
 * Apache Shiro's security manager for Gatehouse: one realm per credential kind, no server-side session
 * state for the API (every request carries its session token), no remember-me cookie.
 */
@ApplicationScoped
public class GatehouseSecurityManager {

    @Inject
    SingleUserPasswordRealm singleUserPasswordRealm;

    @Inject
    MultiUserPasswordRealm multiUserPasswordRealm;

    @Inject
    SessionTokenRealm sessionTokenRealm;

    @Inject
    ApiKeyRealm apiKeyRealm;

    @Inject
    BrowserExtensionKeyRealm browserExtensionKeyRealm;

    @Inject
    TemporaryTokenRealm temporaryTokenRealm;

    private DefaultWebSecurityManager manager;

    @PostConstruct
    void build() {
        DefaultWebSecurityManager built = new DefaultWebSecurityManager();
        built.setAuthenticator(new OneRealmPerTokenAuthenticator());
        built.setRealms(List.of(singleUserPasswordRealm, multiUserPasswordRealm, sessionTokenRealm, apiKeyRealm,
                browserExtensionKeyRealm, temporaryTokenRealm));
        built.setRememberMeManager(null);
        DefaultSessionStorageEvaluator stateless = new DefaultSessionStorageEvaluator();
        stateless.setSessionStorageEnabled(false);
        ((DefaultSubjectDAO) built.getSubjectDAO()).setSessionStorageEvaluator(stateless);
        manager = built;
    }

    public WebSecurityManager manager() {
        return manager;
    }

    /** Checks credentials with the realm for their kind, without creating any subject state. */
    public AuthenticationInfo authenticate(AuthenticationToken token) {
        return manager.authenticate(token);
    }
}
