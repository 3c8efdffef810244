package org.gatehouse.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gatehouse.testing.Browser;
import org.gatehouse.testing.GatehouseIT;
import org.junit.jupiter.api.Test;

/** Single-user mode: the password holder manages both kinds of keys, which then have no creator. */
class KeysSingleUserPageIT extends GatehouseIT {

    private static final String PASSWORD = "single-user-secret-2026";

    @Test
    void thePasswordHolderCreatesAndRevokesBothKindsOfKeys() {
        controls.setEnv("AUTH_TOKEN", PASSWORD);
        try (Browser browser = Browser.open(api)) {
            browser.go("/login").type("input#signIn\\:password", PASSWORD).clickAndWait("#signIn\\:submit");
            browser.go("/admin/api-keys").type("#create\\:name", "solo").clickAndWait("#create\\:submit");
            String secret = browser.find("#secret").getAttribute("value");
            api.withToken(secret).get("/api/v1/auth").expectStatus(200);
            assertEquals("{\"name\":\"solo\"}", controls.events("api_key_created").get(0).getJsonObject("metadata").toString());
            browser.go("/admin/api-keys");
            assertEquals("—", browser.find("#keys tbody tr .owner").getText(), "no creator in single-user mode");
            browser.screenshot("api-keys-single-user", 1280).assertAccessible();
            browser.clickAndWait("#keys tbody tr .revoke-link").clickAndWait("#revoke\\:confirm");
            api.withToken(secret).get("/api/v1/auth").expectStatus(403);

            browser.go("/admin/browser-extension").clickAndWait("#create\\:submit");
            String connection = browser.find("#secret").getAttribute("value");
            String key = connection.substring(connection.indexOf('|') + 1);
            api.withToken(key).get("/api/browser-extension/check").expectStatus(200);
            browser.go("/admin/browser-extension");
            assertTrue(browser.has("#keys tbody tr"));
            browser.screenshot("browser-extension-single-user", 1280).assertAccessible();
            browser.clickAndWait("#keys tbody tr .revoke-link").clickAndWait("#revoke\\:confirm");
            api.withToken(key).get("/api/browser-extension/check").expectStatus(403);
        }
    }
}
