package org.gatehouse.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gatehouse.testing.Browser;
import org.gatehouse.testing.GatehouseIT;
import org.junit.jupiter.api.Test;

/** Single-user mode: "end every session" signs out every holder of the password, this browser too. */
class SessionsSingleUserPageIT extends GatehouseIT {

    private static final String PASSWORD = "single-user-secret-2026";

    @Test
    void endEverySessionSignsOutEveryPasswordHolder() {
        controls.setEnv("AUTH_TOKEN", PASSWORD);
        try (Browser other = Browser.open(api); Browser holder = Browser.open(api)) {
            signIn(other);
            signIn(holder);
            holder.go("/admin/sessions");
            assertFalse(holder.has("#sessionsTable"), "single-user mode has no users to list");
            assertEquals("Never", holder.find("#singleEndedAt").getText());
            holder.screenshot("sessions-single-user", 1280).assertAccessible();
            holder.clickAndWait("#endEvery").clickAndWait("#confirmEndEvery");
            assertEquals("/login", holder.path(), "the holder's own session ended too");
            other.clickAndWait("#nav-sessions");
            assertEquals("/login", other.path());
            assertEquals(1, controls.events("all_sessions_revoked").size());
            signIn(holder);
            holder.go("/admin/sessions");
            assertTrue(holder.has("#singleEndedAt") && !holder.find("#singleEndedAt").getText().equals("Never"));
        }
    }

    private static void signIn(Browser browser) {
        browser.go("/login").type("input#signIn\\:password", PASSWORD).clickAndWait("#signIn\\:submit");
        assertEquals("/admin/", browser.path());
    }
}
