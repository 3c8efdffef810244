package org.gatehouse.auth.control;

import org.apache.shiro.authc.AuthenticationToken;

/** A developer API key presented on an {@code /api/v1} request. */
public record ApiKeyToken(String secret) implements AuthenticationToken {

    @Override
    public Object getPrincipal() {
        return null;
    }

    @Override
    public Object getCredentials() {
        return secret;
    }

    @Override
    public String toString() {
        return "ApiKeyToken"; // never the key
    }
}
