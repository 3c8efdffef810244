package org.gatehouse.auth.control;

import org.apache.shiro.authc.AuthenticationToken;

/** A browser-extension key ({@code brx-…}) presented by the extension, with the mode that decides its rules. */
public record BrowserExtensionKeyToken(String key, AuthMode mode) implements AuthenticationToken {

    @Override
    public Object getPrincipal() {
        return null;
    }

    @Override
    public Object getCredentials() {
        return key;
    }

    @Override
    public String toString() {
        return "BrowserExtensionKeyToken"; // never the key
    }
}
