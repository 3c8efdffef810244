package org.gatehouse.auth.control;

import java.util.List;
import org.apache.shiro.authc.AuthenticationInfo;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authc.pam.ModularRealmAuthenticator;
import org.apache.shiro.authc.pam.UnsupportedTokenException;
import org.apache.shiro.realm.Realm;

/**
 * Each credential kind has exactly one realm, so each token goes to that realm alone and the realm's
 * own exception (which carries the contract's message) reaches the caller, instead of the generic
 * failure Shiro reports when several realms are tried.
 */
class OneRealmPerTokenAuthenticator extends ModularRealmAuthenticator {

    @Override
    protected AuthenticationInfo doAuthenticate(AuthenticationToken token) {
        List<Realm> supporting = getRealms().stream().filter(realm -> realm.supports(token)).toList();
        if (supporting.size() != 1) {
            throw new UnsupportedTokenException("Expected one realm for " + token.getClass().getSimpleName()
                    + ", found " + supporting.size());
        }
        return doSingleRealmAuthentication(supporting.get(0), token);
    }
}
