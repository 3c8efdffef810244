package org.gatehouse.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.gatehouse.testing.Accounts;
import org.gatehouse.testing.ApiClient;
import org.gatehouse.testing.Browser;
import org.gatehouse.testing.Team;
import org.gatehouse.testing.TeamIT;
import org.junit.jupiter.api.Test;

/**
 * The browser-extension keys page: managers manage their own keys, admins every key, default users none;
 * a key may carry a name and an expiry, as an API key.
 */
class BrowserExtensionPageIT extends TeamIT {

    private static final String NO_KEY = "{\"error\":\"No valid API key found.\"}";

    @Test
    void aManagersKeyWorksOnTheExtensionEndpointUntilRevokedOnThePage() {
        String adminsKey = admin.post("/api/browser-extension/api-keys/new", "").json().getString("apiKey");
        try (Browser browser = Browser.open(api)) {
            browser.signIn(Team.MANAGER, Team.MANAGER_PASSWORD);
            assertTrue(browser.has("#nav-browser-extension"));
            browser.go("/admin/browser-extension");
            assertTrue(browser.has("#noKeys"), "a manager sees only their own keys");
            browser.clickAndWait("#create\\:submit");
            String connection = browser.find("#secret").getAttribute("value");
            assertTrue(connection.startsWith(api.base().replaceAll("/$", "") + "/api|brx-"), connection);
            String key = connection.substring(connection.indexOf('|') + 1);
            browser.screenshot("browser-extension-secret", 1280).screenshot("browser-extension-secret-phone", 390)
                    .assertAccessible();
            api.withToken(key).get("/api/browser-extension/check").expectStatus(200);

            browser.go("/admin/browser-extension");
            assertFalse(browser.has("#createdKey"));
            assertFalse(browser.driver().getPageSource().contains(key.substring(12)), "never the secret again");
            assertEquals(1, browser.driver().findElements(org.openqa.selenium.By.cssSelector("#keys tbody tr")).size());
            assertEquals(key.substring(0, 11) + "…", browser.find("#keys tbody tr .prefix").getText());
            assertEquals(Team.MANAGER, browser.find("#keys tbody tr .owner").getText());
            browser.screenshot("browser-extension", 1280).screenshot("browser-extension-phone", 390).assertAccessible();
            assertEquals(List.of(), InvitationsPageIT.overflowAt390(browser));

            browser.clickAndWait("#keys tbody tr .revoke-link");
            assertTrue(browser.has("#confirmRevoke"));
            browser.screenshot("browser-extension-confirm-revoke", 1280).assertAccessible();
            browser.clickAndWait("#themeSwitch");
            browser.screenshot("browser-extension-confirm-revoke-dark", 1280).assertAccessible();
            browser.clickAndWait("#revoke\\:confirm");
            assertEquals("/admin/browser-extension?revoked=1", browser.path());
            api.withToken(key).get("/api/browser-extension/check").expectStatus(403).expectJson(NO_KEY);
            api.withToken(adminsKey).get("/api/browser-extension/check").expectStatus(200);
        }
    }

    @Test
    void aKeyWithANameAndAnExpiryDayShowsThemAndItsLastUseAndStopsWorkingAtItsExpiry() {
        controls.setClock(Instant.parse("2027-01-10T12:00:00Z"));
        try (Browser browser = Browser.open(api)) {
            browser.signIn(Team.MANAGER, Team.MANAGER_PASSWORD).go("/admin/browser-extension");
            browser.type("#create\\:name", "  Mia's laptop  ");
            ApiKeysPageIT.expiresOn(browser, "2027-01-10");
            browser.clickAndWait("#create\\:submit");
            assertTrue(browser.find("#create\\:expiresMessage").getText()
                    .contains("expiresAt must be an ISO-8601 instant in the future"), "the API keys' rule: " + browser.text());
            assertFalse(browser.has("#createdKey"));
            assertTrue(browser.has("#noKeys"), "nothing stored");
            browser.assertAccessible();

            ApiKeysPageIT.expiresOn(browser, "2027-01-12");
            browser.clickAndWait("#create\\:submit");
            String connection = browser.find("#secret").getAttribute("value");
            ApiClient extension = api.withToken(connection.substring(connection.indexOf('|') + 1));
            browser.go("/admin/browser-extension");
            String row = "#keys tbody tr";
            assertEquals("Mia's laptop", browser.find(row + " .name").getText());
            assertEquals("2027-01-12 00:00 UTC", browser.find(row + " .expires").getText());
            assertEquals("—", browser.find(row + " .last-used").getText(), "not used yet");

            extension.get("/api/browser-extension/check").expectStatus(200);
            browser.go("/admin/browser-extension");
            assertEquals("2027-01-10 12:00 UTC", browser.find(row + " .last-used").getText(), "the check was a use");
            browser.screenshot("browser-extension-named", 1280).screenshot("browser-extension-named-phone", 390)
                    .assertAccessible();
            assertEquals(List.of(), InvitationsPageIT.overflowAt390(browser));
            // The team's API session began before the clock moved past its lifetime: sign in again at this time.
            ApiClient managerNow = api.withToken(accounts.login(Team.MANAGER, Team.MANAGER_PASSWORD));
            JsonObject wire = managerNow.get("/api/browser-extension/api-keys").json().getJsonArray("apiKeys")
                    .getJsonObject(0);
            assertEquals(Set.of("id", "key", "user_id", "createdAt", "lastUpdatedAt", "user"), wire.keySet(),
                    "AnythingLLM's wire is unchanged: name, expiry and last use are the console's");

            controls.advanceClock(Duration.ofDays(2));
            extension.get("/api/browser-extension/check").expectStatus(403).expectJson(NO_KEY);
            extension.get("/api/browser-extension/workspaces").expectStatus(403).expectJson(NO_KEY);
            browser.go("/admin/browser-extension");
            assertTrue(browser.find(row + " .expires").getText().contains("Expired"), browser.text());
            browser.screenshot("browser-extension-expired", 1280).assertAccessible();
        }
    }

    @Test
    void anAdminSeesAndRevokesEveryonesKeys() {
        String managersKey = manager.post("/api/browser-extension/api-keys/new", "").json().getString("apiKey");
        try (Browser browser = Browser.open(api)) {
            browser.signIn(Accounts.ADMIN, Accounts.ADMIN_PASSWORD).go("/admin/browser-extension");
            assertEquals(Team.MANAGER, browser.find("#keys tbody tr .owner").getText());
            browser.clickAndWait("#keys tbody tr .revoke-link").clickAndWait("#revoke\\:confirm");
            api.withToken(managersKey).get("/api/browser-extension/check").expectStatus(403);
        }
    }

    @Test
    void aManagerCannotReachAnotherUsersKeyByItsId() {
        admin.post("/api/browser-extension/api-keys/new", "").expectStatus(200);
        int id = admin.get("/api/browser-extension/api-keys").json().getJsonArray("apiKeys").getJsonObject(0).getInt("id");
        try (Browser browser = Browser.open(api)) {
            browser.signIn(Team.MANAGER, Team.MANAGER_PASSWORD).go("/admin/browser-extension?revoke=" + id);
            assertFalse(browser.has("#confirmRevoke"), "someone else's key is not offered");
        }
        assertEquals(1, admin.get("/api/browser-extension/api-keys").json().getJsonArray("apiKeys").size());
    }

    @Test
    void aDefaultUserIsRefused() {
        try (Browser browser = Browser.open(api)) {
            browser.signIn(Team.MEMBER, Team.MEMBER_PASSWORD);
            assertFalse(browser.has("#nav-browser-extension"));
            browser.go("/admin/browser-extension");
            assertTrue(browser.has("#forbidden"));
            ApiClient pages = api.withHeader("Cookie", "gatehouse_session="
                    + browser.driver().manage().getCookieNamed("gatehouse_session").getValue());
            pages.get("/admin/browser-extension").expectStatus(403);
        }
    }
}
