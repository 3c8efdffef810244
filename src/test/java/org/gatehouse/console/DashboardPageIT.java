package org.gatehouse.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gatehouse.testing.Accounts;
import org.gatehouse.testing.Browser;
import org.gatehouse.testing.Team;
import org.gatehouse.testing.TeamIT;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The console's home as each role sees it: counts, sign-in activity and the latest events. */
class DashboardPageIT extends TeamIT {

    @Test
    void anAdminSeesTheCountsTodaysSignInsAndFailuresAndTheLatestEvents() {
        controls.createUser("eve", "eve-password-2026", "default", true);
        int workspace = admin.post("/api/admin/workspaces/new", "{\"name\":\"Alpha\"}").expectStatus(200).json()
                .getJsonObject("workspace").getInt("id");
        admin.post("/api/admin/invite/new", "{\"workspaceIds\":[" + workspace + "]}").expectStatus(200);
        api.post("/api/request-token", Accounts.credentials(Team.MEMBER, "not-dans-password")).expectStatus(200);
        try (Browser browser = Browser.open(api)) {
            browser.signIn(Accounts.ADMIN, Accounts.ADMIN_PASSWORD);
            assertEquals("/admin/", browser.path());
            assertEquals("4", value(browser, "#count-users"));
            assertTrue(browser.find("#count-users").getText().contains("Admins 1 · Managers 1 · Default 2"),
                    browser.find("#count-users").getText());
            assertEquals("1", value(browser, "#count-suspended"));
            assertEquals("1", value(browser, "#count-workspaces"));
            assertEquals("1", value(browser, "#count-invitations"));

            List<WebElement> days = browser.driver().findElements(By.cssSelector("#chart .bar-day"));
            assertEquals(14, days.size(), "the last 14 days");
            WebElement today = days.get(13);
            assertEquals(String.valueOf(controls.events("login_event").size()), today.findElement(By.cssSelector(".n-ok")).getText());
            assertEquals("1", today.findElement(By.cssSelector(".n-failed")).getText());
            String events = browser.find("#latestEvents").getText();
            assertTrue(events.contains("failed_login_invalid_password") && events.contains("invite_created")
                    && events.contains("login_event"), events);
            assertTrue(browser.driver().findElements(By.cssSelector("#latestEvents tbody tr")).size() <= 10);
            browser.screenshot("dashboard-admin", 1280).screenshot("dashboard-admin-phone", 390).assertAccessible();
            browser.driver().manage().addCookie(new org.openqa.selenium.Cookie("gatehouse_theme", "dark"));
            browser.go("/admin/").screenshot("dashboard-admin-dark", 1280).assertAccessible();
        }
    }

    @Test
    void aManagerSeesPeopleCountsButNotTheEventLogsActivity() {
        try (Browser browser = Browser.open(api)) {
            browser.signIn(Team.MANAGER, Team.MANAGER_PASSWORD);
            assertEquals("3", value(browser, "#count-users"));
            assertTrue(browser.has("#count-invitations"));
            assertFalse(browser.has("#activity"), "sign-in activity comes from the event log, an admin's page");
            assertFalse(browser.has("#latestEvents"));
            browser.screenshot("dashboard-manager", 1280).assertAccessible();
        }
    }

    @Test
    void aDefaultUserSeesOnlyTheirOwnWorkspaces() {
        int alpha = admin.post("/api/admin/workspaces/new", "{\"name\":\"Alpha\"}").expectStatus(200).json()
                .getJsonObject("workspace").getInt("id");
        admin.post("/api/admin/workspaces/new", "{\"name\":\"Beta\"}").expectStatus(200);
        admin.post("/api/admin/workspaces/" + alpha + "/update-users", "{\"userIds\":[" + memberId + "]}").expectStatus(200);
        try (Browser browser = Browser.open(api)) {
            browser.signIn(Team.MEMBER, Team.MEMBER_PASSWORD);
            assertEquals("1", value(browser, "#count-workspaces"));
            assertTrue(browser.find("#count-workspaces").getText().contains("your workspaces"));
            assertFalse(browser.has("#count-users"), "no user counts for a default user");
            assertFalse(browser.has("#count-invitations"));
            assertFalse(browser.has("#activity"));
            browser.screenshot("dashboard-default-user", 1280).screenshot("dashboard-default-user-phone", 390)
                    .assertAccessible();
        }
    }

    private static String value(Browser browser, String stat) {
        return browser.find(stat + " .value").getText();
    }
}
