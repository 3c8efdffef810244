package org.gatehouse.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.gatehouse.testing.Accounts;
import org.gatehouse.testing.ApiClient;
import org.gatehouse.testing.Browser;
import org.gatehouse.testing.Team;
import org.gatehouse.testing.TeamIT;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

/** The API keys page in a real browser: a key created there works on the developer API until revoked there. */
class ApiKeysPageIT extends TeamIT {

    private static final String NO_KEY = "{\"error\":\"No valid api key found.\"}";

    @Test
    void aKeyCreatedOnThePageWorksOnTheApiUntilItIsRevokedThere() {
        try (Browser browser = Browser.open(api)) {
            browser.signIn(Accounts.ADMIN, Accounts.ADMIN_PASSWORD).go("/admin/api-keys");
            assertTrue(browser.has("#noKeys"));
            browser.type("#create\\:name", "  Nightly export  ").clickAndWait("#create\\:submit");
            assertTrue(browser.find("#messages").getText().contains("API key created."), browser.text());
            String secret = browser.find("#secret").getAttribute("value");
            assertTrue(secret.matches("[0-9A-Z]{7}(-[0-9A-Z]{7}){3}"), secret);
            assertTrue(browser.has("#copySecret"));
            browser.screenshot("api-keys-secret", 1280).screenshot("api-keys-secret-phone", 390).assertAccessible();
            api.withToken(secret).get("/api/v1/auth").expectStatus(200).expectJson("{\"authenticated\":true}");
            JsonObject created = controls.events("api_key_created").get(0);
            assertEquals("{\"createdBy\":\"admin\",\"name\":\"Nightly export\"}", created.getJsonObject("metadata").toString(),
                    "logged as the API logs it");

            browser.go("/admin/api-keys");
            assertFalse(browser.has("#createdKey"), "the secret is shown once");
            assertFalse(browser.driver().getPageSource().contains(secret.substring(8)), "the list never holds the secret");
            String row = "#keys tbody tr";
            assertEquals(secret.substring(0, 7) + "…", browser.find(row + " .prefix").getText());
            assertEquals("Nightly export", browser.find(row + " .name").getText());
            assertEquals("admin", browser.find(row + " .owner").getText());
            assertEquals("Never", browser.find(row + " .expires").getText());
            assertTrue(browser.find(row + " .last-used").getText().endsWith("UTC"), "the API call was recorded as a use");
            browser.screenshot("api-keys", 1280).screenshot("api-keys-phone", 390).assertAccessible();
            assertEquals(List.of(), InvitationsPageIT.overflowAt390(browser), "nothing is wider than a phone");
            browser.clickAndWait("#themeSwitch");
            browser.screenshot("api-keys-dark", 1280).assertAccessible();

            browser.clickAndWait(row + " .revoke-link");
            assertTrue(browser.find("#confirmRevoke").getText().contains(secret.substring(0, 7)), browser.text());
            api.withToken(secret).get("/api/v1/auth").expectStatus(200);
            browser.screenshot("api-keys-confirm-revoke", 1280).assertAccessible();
            browser.clickAndWait("#revoke\\:confirm");
            assertEquals("/admin/api-keys?revoked=1", browser.path());
            assertTrue(browser.has("#revokedMessage"));
            assertTrue(browser.has("#noKeys"));
            api.withToken(secret).get("/api/v1/auth").expectStatus(403).expectJson(NO_KEY);
            assertEquals("{\"deletedBy\":\"admin\"}",
                    controls.events("api_key_deleted").get(0).getJsonObject("metadata").toString());
        }
    }

    @Test
    void theExpiryIsShownAndAnExpiredKeyIsRefused() {
        controls.setClock(Instant.parse("2027-01-10T12:00:00Z"));
        try (Browser browser = Browser.open(api)) {
            browser.signIn(Accounts.ADMIN, Accounts.ADMIN_PASSWORD).go("/admin/api-keys");
            expiresOn(browser, "2027-01-10");
            browser.clickAndWait("#create\\:submit");
            assertTrue(browser.find("#create\\:expiresMessage").getText().contains("expiresAt must be an ISO-8601 instant in the future"),
                    browser.text());
            assertFalse(browser.has("#createdKey"));
            browser.screenshot("api-keys-expiry-refused", 1280).assertAccessible();

            expiresOn(browser, "2027-01-12");
            browser.clickAndWait("#create\\:submit");
            String secret = browser.find("#secret").getAttribute("value");
            ApiClient key = api.withToken(secret);
            key.get("/api/v1/auth").expectStatus(200);
            browser.go("/admin/api-keys");
            assertEquals("2027-01-12 00:00 UTC", browser.find("#keys tbody tr .expires").getText());
            assertEquals("—", browser.find("#keys tbody tr .name").getText());

            controls.advanceClock(Duration.ofDays(2));
            key.get("/api/v1/auth").expectStatus(403).expectJson(NO_KEY);
            browser.go("/admin/api-keys");
            assertTrue(browser.find("#keys tbody tr .expires").getText().contains("Expired"), browser.text());
            browser.assertAccessible();
            List<String> answer = ChatHistoryPageIT.post(browser, "create", "create:submit", "create:name", "cached?");
            assertEquals("200", answer.get(0));
            assertTrue(answer.get(4).contains("id=\"secret\""), "the answer carries a secret");
            assertEquals("no-store", answer.get(3), "so no cache keeps it");
        }
    }

    @Test
    void aManagerAndADefaultUserAreRefusedTheApiKeysPage() {
        admin.post("/api/admin/generate-api-key", "{}").expectStatus(200);
        for (String[] who : List.of(new String[] {Team.MANAGER, Team.MANAGER_PASSWORD},
                new String[] {Team.MEMBER, Team.MEMBER_PASSWORD})) {
            try (Browser browser = Browser.open(api)) {
                browser.signIn(who[0], who[1]);
                assertFalse(browser.has("#nav-api-keys"), "not offered to " + who[0]);
                browser.go("/admin/api-keys");
                assertTrue(browser.has("#forbidden"), who[0] + ": " + browser.text());
                ApiClient pages = api.withHeader("Cookie", "gatehouse_session="
                        + browser.driver().manage().getCookieNamed("gatehouse_session").getValue());
                pages.get("/admin/api-keys").expectStatus(403);
                pages.get("/admin/api-keys?revoke=1").expectStatus(403);
            }
        }
        assertEquals(1, admin.get("/api/admin/api-keys").json().getJsonArray("apiKeys").size());
    }

    /** Chromium's date field takes its value as the page's script would set it; typing depends on the locale. */
    static void expiresOn(Browser browser, String day) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];",
                browser.find("#create\\:expires"), day);
    }
}
