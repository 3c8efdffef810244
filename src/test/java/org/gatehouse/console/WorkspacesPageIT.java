package org.gatehouse.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.gatehouse.testing.Accounts;
import org.gatehouse.testing.Browser;
import org.gatehouse.testing.Team;
import org.gatehouse.testing.TeamIT;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The workspaces list and a workspace's page in a real browser, as admins and managers of multi-user mode. */
class WorkspacesPageIT extends TeamIT {

    @Test
    void aManagerCreatesAWorkspaceAndChoosesItsMembers() {
        try (Browser browser = Browser.open(api)) {
            browser.signIn(Team.MANAGER, Team.MANAGER_PASSWORD).go("/admin/workspaces");
            browser.clickAndWait("#create\\:submit");
            assertTrue(browser.find("#create\\:nameMessage").getText().contains("name cannot be null"), browser.text());
            browser.type("#create\\:name", "Marketing").clickAndWait("#create\\:submit");
            assertTrue(browser.find("#messages").getText().contains("Workspace created."));
            assertEquals("1", browser.find("#workspace-marketing .members").getText(), "the creator is its first member");
            assertEquals(1, controls.events("workspace_created").size());

            browser.clickAndWait("#createdLink");
            assertEquals("/admin/workspaces/marketing", browser.path());
            browser.type("#q", "da").clickAndWait("#memberSearchSubmit");
            assertEquals(List.of(Team.MEMBER), candidates(browser));
            browser.find("label[for=member-" + memberId + "]").click();
            save(browser);
            assertTrue(browser.find("#messages").getText().contains("Members saved."), browser.text());
            assertEquals(List.of(Team.MEMBER, Team.MANAGER), members("marketing"),
                    "members outside the search stay, the chosen one joins");

            browser.go("/admin/workspaces/marketing");
            browser.find("#selectAll").click();
            assertTrue(browser.driver().findElements(By.cssSelector("input[name=member]")).stream().allMatch(box -> box.isSelected()));
            browser.screenshot("workspace", 1280).screenshot("workspace-phone", 390).assertAccessible();
            save(browser);
            assertEquals("3", browser.find("#memberCount").getText());
            browser.find("#selectAll").click();
            save(browser);
            assertEquals("0", browser.find("#memberCount").getText(), "clearing every box empties the workspace");
        }
    }

    @Test
    void theListPagesAndSearchesByNameInTheAddress() {
        for (int i = 1; i <= 23; i++) {
            createWorkspace(String.format("Team %02d", i));
        }
        createWorkspace("Sales");
        try (Browser browser = Browser.open(api)) {
            browser.signIn(Accounts.ADMIN, Accounts.ADMIN_PASSWORD).go("/admin/workspaces");
            assertEquals("Page 1 / 2", browser.find("#pageOf").getText());
            assertEquals(20, rows(browser));
            browser.screenshot("workspaces", 1280).screenshot("workspaces-phone", 390).assertAccessible();
            assertEquals(List.of(), InvitationsPageIT.overflowAt390(browser), "nothing is wider than a phone");
            browser.clickAndWait("#nextPage");
            assertEquals("/admin/workspaces?page=2", browser.path());
            assertEquals(4, rows(browser));
            browser.type("#q", "SAL").clickAndWait("#searchSubmit");
            assertEquals("/admin/workspaces?q=SAL", browser.path());
            assertEquals(1, rows(browser));
            assertEquals("1", browser.find("#workspace-sales .members").getText());
            browser.go("/admin/workspaces?page=abc&q=nothing-like-it");
            assertEquals(0, rows(browser));
            assertEquals("Page 1 / 1", browser.find("#pageOf").getText());
        }
    }

    @Test
    void deletingAsksForConfirmationAndDeletionProtectionRefusesIt() {
        createWorkspace("Doomed");
        createWorkspace("Kept");
        try (Browser browser = Browser.open(api)) {
            browser.signIn(Accounts.ADMIN, Accounts.ADMIN_PASSWORD).go("/admin/workspaces");
            browser.clickAndWait("#workspace-doomed .delete-link");
            assertTrue(browser.find("#confirmDelete").getText().contains("Doomed"));
            assertTrue(browser.has("#workspace-doomed"), "nothing is deleted before the confirmation");
            browser.screenshot("workspaces-confirm-delete", 1280).assertAccessible();
            browser.clickAndWait("#delete\\:confirm");
            assertEquals("/admin/workspaces?deleted=1", browser.path());
            assertTrue(browser.has("#deletedMessage"));
            assertFalse(browser.has("#workspace-doomed"));
            assertEquals(1, controls.events("workspace_deleted").size());

            browser.go("/admin/workspaces/kept");
            browser.type("#rename\\:name", " ").clickAndWait("#rename\\:submit");
            assertTrue(browser.find("#rename\\:nameMessage").getText().contains("name cannot be null"));
            browser.type("#rename\\:name", "Kept for good").clickAndWait("#rename\\:submit");
            assertEquals("/admin/workspaces/kept", browser.path(), "the address stays: the slug is kept");
            assertTrue(browser.find("#messages").getText().contains("Workspace renamed."));
            assertEquals("Kept for good", browser.find("h1").getText());

            browser.clickAndWait("#deleteWorkspace");
            assertTrue(browser.has("#delete\\:confirm"));
            controls.setEnv("WORKSPACE_DELETION_PROTECTION", "1");
            browser.clickAndWait("#delete\\:confirm");
            assertTrue(browser.find("#messages").getText().contains("Workspace deletion is blocked by the system administrator."),
                    browser.text());
            browser.screenshot("workspace-delete-refused", 1280).assertAccessible();
            admin.get("/api/workspace/kept").expectStatus(200);
            assertEquals("Kept for good", admin.get("/api/workspace/kept").json().getJsonObject("workspace").getString("name"));

            browser.go("/admin/workspaces/kept");
            assertFalse(browser.has("#deleteWorkspace"), "not offered while protected");
            assertTrue(browser.has("#protectedHint"));
            browser.go("/admin/workspaces");
            assertTrue(browser.find("#deletionProtected").getText().contains("blocked"));
            assertFalse(browser.has(".delete-link"), "a deletion the rules forbid is not offered");
        }
    }

    @Test
    void anUnknownWorkspaceSaysSo() {
        try (Browser browser = Browser.open(api)) {
            browser.signIn(Accounts.ADMIN, Accounts.ADMIN_PASSWORD).go("/admin/workspaces/no-such-workspace");
            assertTrue(browser.find("#notFound").getText().contains("no workspace"));
            browser.screenshot("workspace-not-found", 1280).assertAccessible();
        }
    }

    /**
     * The save button sits below the fold at 1280x900; Chromium's headless viewport is shorter than the
     * window, so a click at the button's centre can land outside the page: it is scrolled into view first.
     */
    private static void save(Browser browser) {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "arguments[0].scrollIntoView({block: 'center'});", browser.find("#memberForm\\:saveMembers"));
        browser.clickAndWait("#memberForm\\:saveMembers");
    }

    private List<String> candidates(Browser browser) {
        return browser.driver().findElements(By.cssSelector("#candidates label")).stream()
                .map(label -> label.getText().split(" ")[0]).toList();
    }

    private int rows(Browser browser) {
        return browser.driver().findElements(By.cssSelector("#workspaces tbody tr")).size();
    }

    private List<String> members(String slug) {
        int id = admin.get("/api/workspace/" + slug).json().getJsonObject("workspace").getInt("id");
        return admin.get("/api/admin/workspaces/" + id + "/users").json().getJsonArray("users").getValuesAs(JsonObject.class)
                .stream().map(user -> user.getString("username")).sorted().toList();
    }

    private void createWorkspace(String name) {
        admin.post("/api/admin/workspaces/new", "{\"name\":\"" + name + "\"}").expectStatus(200);
    }
}
