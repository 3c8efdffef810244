package org.gatehouse.users;

import static org.gatehouse.testing.Accounts.credentials;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gatehouse.testing.Accounts;
import org.gatehouse.testing.ApiClient;
import org.gatehouse.testing.Browser;
import org.gatehouse.testing.Team;
import org.gatehouse.testing.TeamIT;
import org.gatehouse.users.control.RoleRules;
import org.gatehouse.users.control.UserService;
import org.gatehouse.users.control.UsernameRules;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The users list and a user's page, in a real browser, as the admin and as a manager. */
class UsersPageIT extends TeamIT {

    private static final String PASSWORD = "a-good-password-2026";

    /** Sixty users, "user-00" to "user-59", every third a manager; with the team, 63 users in 3 pages. */
    private void sixtyUsers() {
        for (int i = 0; i < 60; i++) {
            controls.createUser(String.format("user-%02d", i), PASSWORD, i % 3 == 0 ? "manager" : "default", false);
        }
    }

    private static List<String> listed(Browser browser) {
        return browser.driver().findElements(By.cssSelector("#users td.username")).stream().map(WebElement::getText).toList();
    }

    private static List<String> texts(Browser browser, String css) {
        return browser.driver().findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    private static void check(Browser browser, String username) {
        WebElement row = browser.driver().findElement(By.xpath("//table[@id='users']//tr[td[@class='username']/a[text()='"
                + username + "']]"));
        WebElement box = row.findElement(By.cssSelector("input.select"));
        box.sendKeys(Keys.SPACE); // the keyboard, as a user without a mouse checks a row
        assertTrue(box.isSelected(), username + "'s row is checked");
    }

    private int idOf(String username) {
        return admin.get("/api/admin/users").expectStatus(200).json().getJsonArray("users").getValuesAs(jakarta.json.JsonObject.class)
                .stream().filter(u -> username.equals(u.getString("username"))).findFirst().orElseThrow().getInt("id");
    }

    @Test
    void anAdminCreatesAUserAndTheSearchTheRoleFilterAndThePagesNarrowTheList() {
        sixtyUsers();
        try (Browser browser = Browser.open(api)) {
            browser.signIn(Accounts.ADMIN, Accounts.ADMIN_PASSWORD);
            browser.go("/admin/users");
            assertEquals("Page 1 of 3 (63 users)", browser.find("#pageStatus").getText());
            assertEquals(25, listed(browser).size());
            assertEquals("admin", listed(browser).get(0));
            browser.screenshot("users-list", 1280).screenshot("users-list-phone", 390).assertAccessible();
            browser.driver().manage().addCookie(new org.openqa.selenium.Cookie("gatehouse_theme", "dark"));
            browser.go("/admin/users?state=active");
            browser.screenshot("users-list-dark", 1280).assertAccessible();
            browser.driver().manage().deleteCookieNamed("gatehouse_theme");

            browser.find("#newUser summary").click();
            browser.type("#create\\:username", "Zoe Bad").type("input#create\\:password", PASSWORD)
                    .clickAndWait("#create\\:submit");
            assertEquals(UsernameRules.PATTERN_MESSAGE, browser.find("#create\\:usernameMessage").getText(),
                    "the rule's message next to the field");
            browser.type("#create\\:username", "zoe").type("input#create\\:password", "short").clickAndWait("#create\\:submit");
            assertEquals("password should be at least 8 characters long", browser.find("#create\\:passwordMessage").getText());
            browser.assertAccessible();
            browser.type("#create\\:username", "zoe").type("input#create\\:password", PASSWORD);
            new Select(browser.find("#create\\:role")).selectByValue("manager");
            browser.clickAndWait("#create\\:submit");
            assertTrue(browser.find("#messages").getText().contains("User zoe created."), browser.find("#messages").getText());
            browser.assertAccessible();
            assertEquals(1, controls.events("user_created").size());

            browser.type("#q", "ZO").clickAndWait("#applyFilters");
            assertTrue(browser.path().startsWith("/admin/users?q=ZO"), browser.path());
            assertEquals(List.of("zoe"), listed(browser), "a part of the name, any case");
            new Select(browser.find("#roleFilter")).selectByValue("default");
            browser.clickAndWait("#applyFilters");
            assertEquals(List.of(), listed(browser));
            assertTrue(browser.has("#noUsers"));

            browser.go("/admin/users?role=manager");
            assertEquals("Page 1 of 1 (22 users)", browser.find("#pageStatus").getText(), "20 of the sixty, mia and zoe");
            assertTrue(texts(browser, "#users td:nth-child(3)").stream().allMatch("Manager"::equals));

            browser.go("/admin/users").clickAndWait("#nextPage");
            assertEquals("/admin/users?page=2", browser.path());
            assertEquals("Page 2 of 3 (64 users)", browser.find("#pageStatus").getText());
            assertEquals("user-22", listed(browser).get(0));
            browser.clickAndWait("#sort-username");
            assertEquals("/admin/users?dir=desc", browser.path(), "the second click on the order turns it round");
            assertEquals("zoe", listed(browser).get(0));
            assertEquals("descending", browser.find("#users th:nth-child(2)").getAttribute("aria-sort"));
            browser.go("/admin/users?sort=created&dir=desc&page=3");
            assertEquals(List.of("dan", "mia", "admin"), listed(browser).subList(11, 14), "the oldest last");
        }
    }

    @Test
    void aManagerBulkSuspendsASelectionWithTheAdminAndOnlyTheAdminRowIsRefused() {
        controls.createUser("erin", PASSWORD, "default", false);
        try (Browser browser = Browser.open(api)) {
            browser.signIn(Team.MANAGER, Team.MANAGER_PASSWORD);
            browser.go("/admin/users");
            assertEquals(List.of("manager", "default"), texts(browser, "#bulkRole option").stream().map(String::toLowerCase).toList(),
                    "a manager is not offered the admin role");
            assertEquals(List.of("manager", "default"), browser.driver().findElements(By.cssSelector("#create\\:role option"))
                    .stream().map(option -> option.getAttribute("value")).toList());

            check(browser, "admin");
            check(browser, "dan");
            check(browser, "erin");
            browser.clickAndWait("#bulkSuspend");
            assertEquals(List.of("dan", "erin"), texts(browser, "#doneRows li"), browser.find("#bulkResult").getText());
            assertEquals(List.of("admin: " + RoleRules.CANNOT_MODIFY), texts(browser, "#refusedRows li"));
            browser.screenshot("users-bulk-result", 1280).assertAccessible();
            member.get("/api/system/check-token").expectStatus(401);

            check(browser, "admin");
            check(browser, "erin");
            new Select(browser.find("#bulkRole")).selectByValue("manager");
            browser.clickAndWait("#bulkRoleApply");
            assertEquals(List.of("erin"), texts(browser, "#doneRows li"));
            assertEquals(List.of("admin: " + RoleRules.CANNOT_MODIFY), texts(browser, "#refusedRows li"));

            // A role the page does not offer, added by hand: the server refuses it all the same.
            ((JavascriptExecutor) browser.driver()).executeScript(
                    "var o = document.createElement('option'); o.value = 'admin'; o.text = 'admin';"
                            + "document.getElementById('bulkRole').add(o); document.getElementById('bulkRole').value = 'admin';");
            check(browser, "dan");
            browser.clickAndWait("#bulkRoleApply");
            assertEquals(List.of("dan: " + RoleRules.INVALID_ROLE_SELECTION), texts(browser, "#refusedRows li"));
            assertEquals("default", admin.get("/api/admin/users").json().getJsonArray("users").getValuesAs(jakarta.json.JsonObject.class)
                    .stream().filter(u -> u.getString("username").equals("dan")).findFirst().orElseThrow().getString("role"));
        }
    }

    @Test
    void deletingAsksForConfirmationFirst() {
        int erin = controls.createUser("erin", PASSWORD, "default", false);
        try (Browser browser = Browser.open(api)) {
            browser.signIn(Accounts.ADMIN, Accounts.ADMIN_PASSWORD);
            browser.go("/admin/users");
            check(browser, "erin");
            browser.clickAndWait("#bulkDelete");
            assertEquals(List.of("erin"), texts(browser, "#toDelete li"));
            browser.screenshot("users-delete-confirm", 1280).assertAccessible();
            assertEquals(erin, idOf("erin"), "nothing is deleted before the confirmation");
            browser.clickAndWait("#confirmDeleteButton");
            assertEquals(List.of("erin"), texts(browser, "#doneRows li"));
            assertFalse(listed(browser).contains("erin"));
            assertEquals(1, controls.events("user_deleted").size());

            browser.go("/admin/users/" + erin);
            assertTrue(browser.has("#noSuchUser"), browser.text());
            browser.go("/admin/users/not-a-number");
            assertTrue(browser.has("#noSuchUser"));
            browser.screenshot("user-not-found", 1280).assertAccessible();
            api.withHeader("Cookie", "gatehouse_session=" + browser.driver().manage().getCookieNamed("gatehouse_session").getValue())
                    .get("/admin/users/" + erin).expectStatus(404);

            browser.go("/admin/users/" + memberId).clickAndWait("#deleteButton");
            assertTrue(browser.has("#confirmDeletePanel"));
            browser.clickAndWait("#cancelDelete");
            assertTrue(browser.has("#profile"), "cancelled: dan is still there");
            browser.clickAndWait("#deleteButton").clickAndWait("#confirmDeleteButton");
            assertTrue(browser.has("#userDeleted"), browser.text());
            member.get("/api/system/check-token").expectStatus(401);
        }
    }

    @Test
    void theDetailPageEditsEndsSessionsAndClearsALockout() {
        int jane = controls.createUser("jane", PASSWORD, "default", false);
        ApiClient janeApi = api.withToken(accounts.login("jane", PASSWORD));
        controls.setEnv("GATEHOUSE_TRUSTED_PROXIES", "127.0.0.1");
        ApiClient attacker = api.withHeader("X-Forwarded-For", "203.0.113.50");
        for (int i = 0; i < 5; i++) {
            attacker.post("/api/request-token", credentials("jane", "wrong-password-" + i)).expectStatus(200);
        }
        assertFalse(api.post("/api/request-token", credentials("jane", PASSWORD)).json().getBoolean("valid"), "jane is locked out");

        try (Browser browser = Browser.open(api)) {
            browser.signIn(Accounts.ADMIN, Accounts.ADMIN_PASSWORD);
            browser.go("/admin/users?state=locked");
            assertEquals(List.of("jane"), listed(browser));
            browser.go("/admin/users/" + jane);
            assertTrue(browser.find("#lockoutText").getText().contains("after 5 failed sign-ins"), browser.find("#lockoutText").getText());
            assertEquals("jane", browser.find("#profileUsername").getText());
            browser.screenshot("user-detail", 1280).screenshot("user-detail-phone", 390).assertAccessible();

            browser.type("#edit\\:bio", "Runs the night shift").type("#edit\\:limit", "none").clickAndWait("#edit\\:save");
            assertEquals(UserService.BAD_LIMIT, browser.find("#edit\\:limitMessage").getText());
            browser.type("#edit\\:bio", "Runs the night shift").type("#edit\\:limit", "25").clickAndWait("#edit\\:save");
            assertEquals("25", browser.find("#profileLimit").getText());
            assertEquals("Runs the night shift", browser.find("#profileBio").getText());
            assertTrue(texts(browser, "#events .event-name").contains("user_updated"), "the user's events, newest first");
            janeApi.get("/api/system/check-token").expectStatus(200);

            browser.clickAndWait("#endSessionsButton");
            assertTrue(browser.find("#messages").getText().contains("Every session of jane has ended."));
            janeApi.get("/api/system/check-token").expectStatus(401);
            assertEquals(1, controls.events("user_sessions_revoked").size());

            browser.clickAndWait("#unlockButton");
            assertFalse(browser.has("#lockout"), "the lockout is cleared");
            assertEquals(1, controls.events("user_unlocked").size());
            assertTrue(api.post("/api/request-token", credentials("jane", PASSWORD)).json().getBoolean("valid"),
                    "jane signs in again");

            browser.clickAndWait("#suspendButton");
            assertEquals("Suspended", browser.find("#profileState").getText());
            browser.clickAndWait("#unsuspendButton");
            assertEquals("Active", browser.find("#profileState").getText());
        }
        try (Browser browser = Browser.open(api)) {
            browser.signIn(Team.MANAGER, Team.MANAGER_PASSWORD);
            browser.go("/admin/users/" + idOf("admin"));
            assertTrue(browser.has("#readOnly"), "a manager may look at an admin but not act on them");
            assertFalse(browser.has("#deleteButton") || browser.has("#edit\\:save"));
        }
    }
}
