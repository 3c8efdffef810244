package org.gatehouse.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gatehouse.testing.Browser;
import org.gatehouse.testing.GatehouseIT;
import org.junit.jupiter.api.Test;

/** Single-user mode: the password holder manages workspaces, which have no members there. */
class WorkspacesSingleUserPageIT extends GatehouseIT {

    private static final String PASSWORD = "single-user-secret-2026";

    @Test
    void thePasswordHolderCreatesAndRenamesAWorkspaceWithoutMembers() {
        controls.setEnv("AUTH_TOKEN", PASSWORD);
        try (Browser browser = Browser.open(api)) {
            browser.go("/login").type("input#signIn\\:password", PASSWORD).clickAndWait("#signIn\\:submit");
            browser.go("/admin/workspaces").type("#create\\:name", "Solo").clickAndWait("#create\\:submit");
            assertEquals("0", browser.find("#workspace-solo .members").getText(), "nobody to be a member");
            browser.screenshot("workspaces-single-user", 1280).assertAccessible();
            browser.clickAndWait("#createdLink");
            assertFalse(browser.has("#members"), "single-user mode has no members to manage");
            browser.type("#rename\\:name", "Solo renamed").clickAndWait("#rename\\:submit");
            assertEquals("Solo renamed", browser.find("h1").getText());
            assertTrue(browser.find("#messages").getText().contains("Workspace renamed."));
            browser.screenshot("workspace-single-user", 1280).assertAccessible();
        }
    }
}
