package org.gatehouse.auth.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.apache.shiro.authc.AuthenticationInfo;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authc.SimpleAuthenticationInfo;
import org.apache.shiro.authz.AuthorizationInfo;
import org.apache.shiro.subject.PrincipalCollection;
import org.apache.shiro.realm.AuthorizingRealm;
import org.gatehouse.apikeys.control.BrowserExtensionKeys;
import org.gatehouse.apikeys.entity.BrowserExtensionApiKey;
import org.gatehouse.users.control.UserDirectory;
import org.gatehouse.users.entity.User;

/**
 * Browser-extension keys (contract 3.7, 1.5 {@code validBrowserExtensionApiKey}): one indexed lookup of
 * the key's hash; an expired key is refused as an unknown one (Gatehouse's expiry, as API keys'); in
 * multi-user mode the key's user must exist and not be suspended. An accepted key's use is recorded. The
 * principal is the key.
 */
@Dependent
public class BrowserExtensionKeyRealm extends AuthorizingRealm {

    public static final String NO_VALID_KEY = "No valid API key found.";

    @Inject
    BrowserExtensionKeys keys;

    @Inject
    UserDirectory users;

    public BrowserExtensionKeyRealm() {
        setName("browser-extension-key");
        setAuthenticationTokenClass(BrowserExtensionKeyToken.class);
        setCredentialsMatcher((token, info) -> true); // decided in doGetAuthenticationInfo
        setAuthorizationCachingEnabled(false);
    }

    @Override
    protected AuthenticationInfo doGetAuthenticationInfo(AuthenticationToken token) {
        BrowserExtensionKeyToken presented = (BrowserExtensionKeyToken) token;
        if (presented.key() == null || !presented.key().startsWith(BrowserExtensionKeys.PREFIX)) {
            throw new KeyRejectedException(NO_VALID_KEY);
        }
        BrowserExtensionApiKey key = keys.authenticate(presented.key()).orElseThrow(() -> new KeyRejectedException(NO_VALID_KEY));
        if (presented.mode().isMultiUser()) {
            if (key.getUserId() == null) {
                throw new KeyRejectedException(NO_VALID_KEY);
            }
            User user = users.byId(key.getUserId()).orElseThrow(() -> new KeyRejectedException("User not found."));
            if (user.getSuspended() != 0) {
                throw new KeyRejectedException(SessionRejectedException.SUSPENDED, true);
            }
        }
        keys.recordUse(key);
        return new SimpleAuthenticationInfo(key, token.getCredentials(), getName());
    }

    @Override
    protected AuthorizationInfo doGetAuthorizationInfo(PrincipalCollection principals) {
        return new org.apache.shiro.authz.SimpleAuthorizationInfo();
    }
}
