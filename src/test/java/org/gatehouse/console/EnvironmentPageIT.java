package org.gatehouse.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gatehouse.testing.Accounts;
import org.gatehouse.testing.Browser;
import org.gatehouse.testing.Team;
import org.gatehouse.testing.TeamIT;
import org.junit.jupiter.api.Test;

/**
 * The environment page as an admin: each value's source (a run-time change through update-env, the IT
 * server's -D system property, the default), presence flags, and secrets only as set or not set.
 */
class EnvironmentPageIT extends TeamIT {

    /** Set as a JVM option of the suite's Payara Micro (src/test/resources/arquillian.xml). */
    private static final String SYSTEM_PROPERTY = "GATEHOUSE_LOCKOUT_RESET_HOURS";
    private static final String AUTH_TOKEN = "single-user-password-never-shown-2026";
    private static final String JWT_SECRET = "jwt-secret-never-shown-0123456789abcdef";

    @Test
    void eachValueShowsWhereItComesFromAndSecretsOnlyWhetherTheyAreSet() {
        admin.post("/api/system/update-env", "{\"DisableTelemetry\":\"false\"}").expectStatus(200);
        controls.setEnv("WORKSPACE_DELETION_PROTECTION", "");
        controls.setEnv("AUTH_TOKEN", AUTH_TOKEN);
        // The installation's secret, changed before the browser's session is minted (the team's API tokens end here).
        controls.setEnv("JWT_SECRET", JWT_SECRET);
        try (Browser browser = Browser.open(api)) {
            browser.signIn(Accounts.ADMIN, Accounts.ADMIN_PASSWORD).clickAndWait("#nav-environment");
            assertEquals("/admin/environment", browser.path());

            assertEquals("false", browser.find("#env-DISABLE_TELEMETRY .env-value").getText());
            assertEquals("Run-time change", browser.find("#env-DISABLE_TELEMETRY .source").getText());
            assertTrue(browser.has("#env-DISABLE_TELEMETRY a.env-change"), "changed on the privacy page");
            assertEquals("12", browser.find("#env-" + SYSTEM_PROPERTY + " .env-value").getText());
            assertEquals("System property", browser.find("#env-" + SYSTEM_PROPERTY + " .source").getText());
            assertEquals("Default", browser.find("#env-EVENT_LOG_RETENTION_DAYS .source").getText());
            assertEquals("Not set", browser.find("#env-EVENT_LOG_RETENTION_DAYS .value").getText());

            assertTrue(browser.find("#env-WORKSPACE_DELETION_PROTECTION th").getText().contains("Presence flag"));
            assertTrue(browser.find("#env-WORKSPACE_DELETION_PROTECTION .value").getText().startsWith("Present"));
            assertTrue(browser.find("#env-SIMPLE_SSO_ENABLED .value").getText().startsWith("Absent"));

            assertEquals("Set", browser.find("#env-AUTH_TOKEN .value").getText());
            assertEquals("Set", browser.find("#env-JWT_SECRET .value").getText());
            assertEquals("Run-time change", browser.find("#env-JWT_SECRET .source").getText());
            String html = browser.driver().getPageSource();
            assertFalse(html.contains(JWT_SECRET), "the JWT secret is not in the page");
            assertFalse(html.contains(AUTH_TOKEN), "the single-user password is not in the page");
            assertFalse(browser.has("#env-GATEHOUSE_DATABASE_PASSWORD"), "where the server runs is not listed");
            browser.screenshot("environment", 1280).screenshot("environment-phone", 390).assertAccessible();

            browser.driver().manage().addCookie(new org.openqa.selenium.Cookie("gatehouse_theme", "dark"));
            browser.go("/admin/environment").screenshot("environment-dark", 1280).assertAccessible();
            browser.driver().manage().deleteCookieNamed("gatehouse_theme");
            controls.unsetEnv("AUTH_TOKEN");
            browser.go("/admin/environment");
            assertEquals("Not set", browser.find("#env-AUTH_TOKEN .value").getText());
        }
    }

    @Test
    void aManagerGetsTheForbiddenPage() {
        try (Browser browser = Browser.open(api)) {
            browser.signIn(Team.MANAGER, Team.MANAGER_PASSWORD);
            assertFalse(browser.has("#nav-environment"));
            browser.go("/admin/environment");
            assertTrue(browser.has("#forbidden"), browser.text());
            String session = browser.driver().manage().getCookieNamed("gatehouse_session").getValue();
            api.withHeader("Cookie", "gatehouse_session=" + session).get("/admin/environment").expectStatus(403);
            browser.screenshot("environment-manager-forbidden", 390).assertAccessible();
        }
    }
}
