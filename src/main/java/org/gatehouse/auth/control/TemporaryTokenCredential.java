package org.gatehouse.auth.control;

import org.apache.shiro.authc.AuthenticationToken;

/** A Simple SSO one-time token redeemed for a session. */
public record TemporaryTokenCredential(String token) implements AuthenticationToken {

    @Override
    public Object getPrincipal() {
        return null;
    }

    @Override
    public Object getCredentials() {
        return token;
    }

    @Override
    public String toString() {
        return "TemporaryTokenCredential"; // never the token
    }
}
