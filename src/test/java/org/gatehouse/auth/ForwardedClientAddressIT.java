package org.gatehouse.auth;

import static org.gatehouse.testing.Accounts.credentials;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.gatehouse.testing.Accounts;
import org.gatehouse.testing.ApiClient;
import org.gatehouse.testing.GatehouseIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The client address that sign-in events and the lockout use: the socket's, unless it is one of
 * {@code GATEHOUSE_TRUSTED_PROXIES}, whose {@code X-Forwarded-For} then names the client.
 */
class ForwardedClientAddressIT extends GatehouseIT {

    private static final String WRONG = "{\"user\":null,\"valid\":false,\"token\":null,"
            + "\"message\":\"[002] Invalid login credentials.\"}";

    @BeforeEach
    void multiUserWithJane() {
        new Accounts(api).enableMultiUser();
        controls.createUser("jane", "jane-password-2026", "default", false);
        controls.setEnv("GATEHOUSE_LOCKOUT_ADDRESS_THRESHOLD", "5"); // an address locks as soon as a username
    }

    private ApiClient from(String forwardedFor) {
        return api.withHeader("X-Forwarded-For", forwardedFor);
    }

    private String ip(String event, int index) {
        return controls.events(event).get(index).getJsonObject("metadata").getString("ip");
    }

    @Test
    void withoutTrustedProxiesTheHeaderIsIgnored() {
        from("203.0.113.7").post("/api/request-token", credentials("jane", "not-her-password")).expectJson(WRONG);
        from("203.0.113.7").post("/api/request-token", credentials("jane", "jane-password-2026")).expectStatus(200);
        assertEquals("127.0.0.1", ip("failed_login_invalid_password", 0));
        assertEquals("127.0.0.1", ip("login_event", 0));

        for (int i = 0; i < 5; i++) {
            from("203.0.113." + (10 + i)).post("/api/request-token", credentials("ghost" + i, "x-password")).expectStatus(200);
        }
        from("198.51.100.1").post("/api/request-token", credentials("jane", "jane-password-2026")).expectJson(WRONG);
        assertEquals("127.0.0.1", ip("failed_login_locked_out", 0));
    }

    @Test
    void aTrustedProxyNamesTheClientInEverySignInEvent() {
        controls.setEnv("GATEHOUSE_TRUSTED_PROXIES", "127.0.0.1");
        from("203.0.113.7").post("/api/request-token", credentials("jane", "not-her-password")).expectJson(WRONG);
        from("203.0.113.7").post("/api/request-token", credentials("nobody", "x-password")).expectStatus(200);
        from("198.51.100.2, 203.0.113.9").post("/api/request-token", credentials("jane", "jane-password-2026"))
                .expectStatus(200);
        api.post("/api/request-token", credentials("jane", "jane-password-2026")).expectStatus(200);
        assertEquals("203.0.113.7", ip("failed_login_invalid_password", 0));
        assertEquals("203.0.113.7", ip("failed_login_invalid_username", 0));
        assertEquals("203.0.113.9", ip("login_event", 0), "the nearest hop the proxy vouches for");
        assertEquals("127.0.0.1", ip("login_event", 1), "without the header, the proxy's own address");
    }

    @Test
    void theLockoutCountsPerForwardedAddress() {
        controls.setEnv("GATEHOUSE_TRUSTED_PROXIES", "127.0.0.1");
        for (int i = 0; i < 5; i++) {
            from("203.0.113.7").post("/api/request-token", credentials("ghost" + i, "x-password")).expectStatus(200);
        }
        from("203.0.113.7").post("/api/request-token", credentials("jane", "jane-password-2026")).expectJson(WRONG);
        assertEquals("203.0.113.7", ip("failed_login_locked_out", 0));
        from("203.0.113.8").post("/api/request-token", credentials("jane", "jane-password-2026")).expectStatus(200);
        api.post("/api/request-token", credentials("jane", "jane-password-2026")).expectStatus(200);
    }
}
