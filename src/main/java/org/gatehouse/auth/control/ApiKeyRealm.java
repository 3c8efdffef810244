package org.gatehouse.auth.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.apache.shiro.authc.AuthenticationInfo;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authc.SimpleAuthenticationInfo;
import org.apache.shiro.authz.AuthorizationInfo;
import org.apache.shiro.authz.SimpleAuthorizationInfo;
import org.apache.shiro.realm.AuthorizingRealm;
import org.apache.shiro.subject.PrincipalCollection;
import org.gatehouse.apikeys.control.ApiKeys;
import org.gatehouse.apikeys.entity.ApiKey;

/**
 * Developer API keys for {@code /api/v1} (contract 3.6, 1.5 {@code validApiKey}): one indexed lookup of
 * the key's hash. A key is an instance-wide credential; it carries no role.
 */
@Dependent
public class ApiKeyRealm extends AuthorizingRealm {

    public static final String NO_VALID_KEY = "No valid api key found.";

    @Inject
    ApiKeys keys;

    public ApiKeyRealm() {
        setName("api-key");
        setAuthenticationTokenClass(ApiKeyToken.class);
        setCredentialsMatcher((token, info) -> true); // decided in doGetAuthenticationInfo
        setAuthorizationCachingEnabled(false);
    }

    @Override
    protected AuthenticationInfo doGetAuthenticationInfo(AuthenticationToken token) {
        ApiKey key = keys.authenticate(((ApiKeyToken) token).secret())
                .orElseThrow(() -> new SessionRejectedException(NO_VALID_KEY));
        keys.recordUse(key);
        return new SimpleAuthenticationInfo(key, token.getCredentials(), getName());
    }

    @Override
    protected AuthorizationInfo doGetAuthorizationInfo(PrincipalCollection principals) {
        return new SimpleAuthorizationInfo();
    }
}
