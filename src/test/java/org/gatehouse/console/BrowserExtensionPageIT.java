package org.gatehouse.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gatehouse.testing.Accounts;
import org.gatehouse.testing.ApiClient;
import org.gatehouse.testing.Browser;
import org.gatehouse.testing.Team;
import org.gatehouse.testing.TeamIT;
import org.junit.jupiter.api.Test;

/** The browser-extension keys page: managers manage their own keys, admins every key, default users none. */
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
            assertFalse(browser.has("#create\\:name"), "the extension's keys have no name");
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
