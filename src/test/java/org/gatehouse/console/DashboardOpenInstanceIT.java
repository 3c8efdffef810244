package org.gatehouse.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gatehouse.testing.Browser;
import org.gatehouse.testing.GatehouseIT;
import org.junit.jupiter.api.Test;

/** The dashboard without users: an open instance and the single-user password holder. */
class DashboardOpenInstanceIT extends GatehouseIT {

    @Test
    void anOpenInstanceCountsWorkspacesAndShowsActivityButNoPeople() {
        api.post("/api/workspace/new", "{\"name\":\"Alpha\"}").expectStatus(200);
        try (Browser browser = Browser.open(api)) {
            browser.go("/admin/");
            assertEquals("1", browser.find("#count-workspaces .value").getText());
            assertFalse(browser.has("#count-users"), "single-user mode has no users to count");
            assertFalse(browser.has("#count-invitations"));
            assertTrue(browser.has("#activity"), "the password holder may read the event log");
            browser.screenshot("dashboard-open-instance-counts", 1280).assertAccessible();
        }
        controls.setEnv("AUTH_TOKEN", "single-user-secret-2026");
        try (Browser browser = Browser.open(api)) {
            browser.go("/login").type("input#signIn\\:password", "single-user-secret-2026").clickAndWait("#signIn\\:submit");
            assertEquals("/admin/", browser.path());
            assertEquals("1", browser.find("#count-workspaces .value").getText());
            assertEquals("1", browser.find("#chart .bar-day:last-child .n-ok").getText(), "the sign-in just made");
            browser.screenshot("dashboard-single-user", 1280).assertAccessible();
        }
    }
}
