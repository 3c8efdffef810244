package org.gatehouse.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gatehouse.testing.Accounts;
import org.gatehouse.testing.ApiClient;
import org.gatehouse.testing.Browser;
import org.gatehouse.testing.Team;
import org.gatehouse.testing.TeamIT;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The shell around every page: the sidebar is what the role may open, and the server refuses the rest.
 * (Single-user mode's sidebar is checked with its sign-in in {@link ConsoleSignInIT}.)
 */
class ConsoleShellIT extends TeamIT {

    @Test
    void eachRoleSeesExactlyThePagesItMayOpen() {
        try (Browser browser = Browser.open(api)) {
            browser.signIn(Team.MANAGER, Team.MANAGER_PASSWORD);
            assertEquals(List.of("dashboard", "users", "invitations", "workspaces", "chat-history", "sessions",
                    "browser-extension", "customization", "profile"), sidebar(browser));
        }
        try (Browser browser = Browser.open(api)) {
            browser.signIn(Team.MEMBER, Team.MEMBER_PASSWORD);
            assertEquals(List.of("dashboard", "profile"), sidebar(browser));
            assertEquals("page", browser.find("#nav-dashboard").getAttribute("aria-current"));
            browser.assertAccessible();
        }
    }

    @Test
    void aDefaultUserTypingAManagersAddressGetsTheForbiddenPage() {
        try (Browser browser = Browser.open(api)) {
            browser.signIn(Team.MEMBER, Team.MEMBER_PASSWORD);
            for (String address : List.of("/admin/users", "/admin/users.xhtml", "/admin/users/1", "/admin/invitations",
                    "/admin/workspaces")) {
                browser.go(address);
                assertTrue(browser.has("#forbidden"), address + " is refused: " + browser.text());
            }
            browser.screenshot("forbidden", 1280).assertAccessible();
            ApiClient pages = api.withHeader("Cookie", "gatehouse_session=" + sessionOf(browser));
            pages.get("/admin/users").expectStatus(403);
            pages.get("/admin/no-such-page").expectStatus(404);
            pages.get("/admin/forbidden.xhtml").expectStatus(404);
            pages.get("/admin/").expectStatus(200);
        }
    }

    @Test
    void theThemeSwitchKeepsTheDarkLookAcrossPagesAndBothLooksPassTheAccessibilityCheck() {
        try (Browser browser = Browser.open(api)) {
            browser.signIn(Accounts.ADMIN, Accounts.ADMIN_PASSWORD);
            assertTrue(browser.find("body").getAttribute("class").contains("theme-light"));
            browser.assertAccessible();
            browser.clickAndWait("#themeSwitch");
            assertTrue(browser.find("body").getAttribute("class").contains("theme-dark"));
            browser.go("/admin/");
            assertEquals("true", browser.find("#themeSwitch").getAttribute("aria-pressed"));
            browser.screenshot("dashboard-dark", 1280).assertAccessible();
        }
    }

    private static List<String> sidebar(Browser browser) {
        return browser.driver().findElements(By.cssSelector("#navigation a")).stream()
                .map(link -> link.getAttribute("id").substring("nav-".length())).toList();
    }

    private static String sessionOf(Browser browser) {
        return browser.driver().manage().getCookieNamed("gatehouse_session").getValue();
    }
}
