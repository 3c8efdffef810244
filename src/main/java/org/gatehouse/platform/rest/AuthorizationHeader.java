package org.gatehouse.platform.rest;

import java.util.Optional;

/**
 * The token of an {@code Authorization} header, read the way AnythingLLM reads it (contract 1.3): the
 * second element after splitting on a single space, whatever the scheme word. A missing header, one
 * without a space, an empty second element and the web client's literal {@code null} all mean "no token".
 */
public final class AuthorizationHeader {

    private AuthorizationHeader() {
    }

    public static Optional<String> token(String headerValue) {
        if (headerValue == null) {
            return Optional.empty();
        }
        String[] parts = headerValue.split(" ", -1);
        if (parts.length < 2 || parts[1].isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(parts[1]);
    }
}
