package org.gatehouse.auth.control;

import org.apache.shiro.authc.AuthenticationToken;

/** A session JWT presented on a request, with the mode that decides which claims it must carry. */
public record SessionToken(String jwt, AuthMode mode) implements AuthenticationToken {

    /** The id ({@code jti}) of the verified session of a request, kept among the subject's principals. */
    public record Id(String value) {
    }

    @Override
    public Object getPrincipal() {
        return null;
    }

    @Override
    public Object getCredentials() {
        return jwt;
    }

    @Override
    public String toString() {
        return "SessionToken[" + mode + "]"; // never the token itself
    }
}
