package org.gatehouse.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Contract 1.3: the second word after a single space, whatever the scheme. */
class AuthorizationHeaderTest {

    @Test
    void anySchemeWordYieldsTheToken() {
        assertEquals(Optional.of("x"), AuthorizationHeader.token("Bearer x"));
        assertEquals(Optional.of("x"), AuthorizationHeader.token("Token x"));
        assertEquals(Optional.of("x"), AuthorizationHeader.token("Foo x"));
    }

    @Test
    void onlyTheSecondElementCounts() {
        assertEquals(Optional.of("a"), AuthorizationHeader.token("Bearer a b"));
    }

    @Test
    void noTokenCases() {
        assertEquals(Optional.empty(), AuthorizationHeader.token(null));
        assertEquals(Optional.empty(), AuthorizationHeader.token("null"), "the web client's literal null");
        assertEquals(Optional.empty(), AuthorizationHeader.token("Bearer"));
        assertEquals(Optional.empty(), AuthorizationHeader.token("Bearer  x"), "two spaces: empty second element");
        assertEquals(Optional.empty(), AuthorizationHeader.token("Bearer "));
        assertEquals(Optional.empty(), AuthorizationHeader.token(""));
    }
}
