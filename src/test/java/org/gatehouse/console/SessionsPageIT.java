package org.gatehouse.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.gatehouse.testing.Accounts;
import org.gatehouse.testing.ApiClient;
import org.gatehouse.testing.Browser;
import org.gatehouse.testing.Team;
import org.gatehouse.testing.TeamIT;
import org.junit.jupiter.api.Test;
import org.gatehouse.users.control.RoleRules;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/** Sessions and lockouts in multi-user mode, as an admin and as a manager. */
class SessionsPageIT extends TeamIT {

    private static final String ATTACKER = "203.0.113.50";

    @Test
    void afterEndEverySessionAnotherBrowsersConsoleSessionIsGoneOnItsNextClick() {
        try (Browser dan = Browser.open(api); Browser root = Browser.open(api)) {
            dan.signIn(Team.MEMBER, Team.MEMBER_PASSWORD);
            root.signIn(Accounts.ADMIN, Accounts.ADMIN_PASSWORD).go("/admin/sessions");
            assertEquals("Never", root.find("#user-" + memberId + " .ended").getText());
            root.screenshot("sessions", 1280).screenshot("sessions-phone", 390).assertAccessible();

            root.clickAndWait("#endEvery");
            assertTrue(root.has("#confirmEvery"), "a confirmation step comes first");
            root.screenshot("sessions-confirm-every", 1280).assertAccessible();
            root.clickAndWait("#confirmEndEvery");
            assertTrue(root.find("#messages").getText().contains("Every session was ended: 3 accounts must sign in again."),
                    root.find("#messages").getText());
            assertEquals("/admin/sessions", root.path(), "the admin's own session is kept");
            assertNotEquals("Never", root.find("#user-" + memberId + " .ended").getText());
            root.assertAccessible();

            dan.clickAndWait("#nav-profile");
            assertEquals("/login", dan.path(), "dan's console session has ended");
            member.get("/api/system/check-token").expectStatus(401);
            manager.get("/api/system/check-token").expectStatus(401);
            admin.get("/api/system/check-token").expectStatus(401);
            List<JsonObject> logged = controls.events("all_sessions_revoked");
            assertEquals(1, logged.size());
            assertEquals("admin", logged.get(0).getJsonObject("metadata").getString("revokedBy"));
        }
    }

    @Test
    void aManagerEndsADefaultUsersSessionsButIsNotOfferedAnAdmins() {
        try (Browser mia = Browser.open(api)) {
            mia.signIn(Team.MANAGER, Team.MANAGER_PASSWORD).go("/admin/sessions");
            assertFalse(mia.has("#endEvery"), "ending every session is for admins");
            assertFalse(mia.has("#policy\\:save"), "the lockout settings are an admin's");
            assertTrue(mia.has("#end-" + memberId));
            int adminId = idOf(Accounts.ADMIN);
            assertFalse(mia.has("#end-" + adminId), "a manager cannot act on an admin");
            assertEquals("Admins only", mia.find("#user-" + adminId + " .not-allowed").getText());
            mia.assertAccessible();

            mia.go("/admin/sessions?q=da");
            assertEquals(List.of(Team.MEMBER), mia.driver().findElements(By.cssSelector("#sessionsTable td.username"))
                    .stream().map(cell -> cell.getText()).toList());
            member.get("/api/system/check-token").expectStatus(200);
            mia.clickAndWait("#end-" + memberId);
            assertTrue(mia.find("#messages").getText().contains("Every session of dan was ended."));
            assertEquals("/admin/sessions?q=da", mia.path(), "the search stays");
            member.get("/api/system/check-token").expectStatus(401);
            manager.get("/api/system/check-token").expectStatus(200);
            assertEquals(1, controls.events("user_sessions_revoked").size());
            mia.screenshot("sessions-manager", 1280).assertAccessible();
        }
    }

    @Test
    void aManagersForgedPostForAnAdminIsRefusedByTheRules() {
        int adminId = idOf(Accounts.ADMIN);
        try (Browser mia = Browser.open(api)) {
            mia.signIn(Team.MANAGER, Team.MANAGER_PASSWORD).go("/admin/sessions");
            ((JavascriptExecutor) mia.driver()).executeScript(
                    "document.getElementById(arguments[0]).value = arguments[1];", "end-" + memberId, "end-sessions:" + adminId);
            mia.clickAndWait("#end-" + memberId);
            assertEquals(RoleRules.CANNOT_MODIFY, mia.find("#messages").getText());
            mia.assertAccessible();
        }
        admin.get("/api/system/check-token").expectStatus(200);
        member.get("/api/system/check-token").expectStatus(200);
        assertEquals(0, controls.events("user_sessions_revoked").size());
    }

    @Test
    void aLockedOutUsernameAppearsAndUnlockLetsItSignInAgain() {
        lockOut(Team.MEMBER);
        assertFalse(signsIn(api, Team.MEMBER, Team.MEMBER_PASSWORD), "dan is locked out");
        try (Browser root = Browser.open(api)) {
            root.signIn(Accounts.ADMIN, Accounts.ADMIN_PASSWORD).go("/admin/sessions");
            assertTrue(root.has("tr.lock[data-scope='username'][data-subject='dan']"));
            assertTrue(root.has("tr.lock[data-scope='ip'][data-subject='" + ATTACKER + "']"));
            root.screenshot("sessions-lockouts", 1280).assertAccessible();
            root.clickAndWait("#themeSwitch");
            assertTrue(root.find("body").getAttribute("class").contains("theme-dark"));
            root.screenshot("sessions-lockouts-dark", 1280).assertAccessible();
            root.clickAndWait("button[value='unlock:username:dan']");
            assertTrue(root.find("#messages").getText().contains("dan is unlocked"), root.find("#messages").getText());
            assertFalse(root.has("tr.lock[data-subject='dan']"));
            assertTrue(root.has("tr.lock[data-subject='" + ATTACKER + "']"), "the address's lock stays");
            assertEquals(1, controls.events("user_unlocked").size());
        }
        try (Browser dan = Browser.open(api)) {
            dan.signIn(Team.MEMBER, Team.MEMBER_PASSWORD);
        }
    }

    @Test
    void aManagerCannotLiftTheLockOnAnAdminsUsernameAndUnlockAllLeavesIt() {
        lockOut(Accounts.ADMIN);
        lockOut(Team.MEMBER, "203.0.113.51");
        try (Browser mia = Browser.open(api)) {
            mia.signIn(Team.MANAGER, Team.MANAGER_PASSWORD).go("/admin/sessions");
            assertFalse(mia.has("button[value='unlock:username:admin']"), "a manager may not unlock an admin");
            assertEquals("Admins only", mia.find("tr.lock[data-subject='admin'] .not-allowed").getText());
            assertTrue(mia.has("button[value='unlock:username:dan']"));
            mia.clickAndWait("#unlockAll");
            assertTrue(mia.find("#messages").getText().contains("3 locks lifted; 1 on admins' usernames stay"),
                    mia.find("#messages").getText());
            assertTrue(mia.has("tr.lock[data-subject='admin']"));
            assertFalse(mia.has("tr.lock[data-subject='dan']"));
            assertEquals(1, controls.events("lockouts_cleared").size());
            mia.assertAccessible();
        }
        assertFalse(signsIn(api, Accounts.ADMIN, Accounts.ADMIN_PASSWORD), "the admin's lock stays");
        assertTrue(signsIn(api, Team.MEMBER, Team.MEMBER_PASSWORD));
    }

    @Test
    void anAdminChangesTheLockoutSettingsAndTheNextFailuresFollowThem() {
        try (Browser root = Browser.open(api)) {
            root.signIn(Accounts.ADMIN, Accounts.ADMIN_PASSWORD).go("/admin/sessions");
            assertTrue(root.find("#policySummary").getText().startsWith("After 5 consecutive failed sign-ins"));
            root.type("#policy\\:threshold", "lots").clickAndWait("#policy\\:save");
            assertEquals("GATEHOUSE_LOCKOUT_THRESHOLD must be a whole number from 0 to 1000.",
                    root.find("#policy\\:thresholdMessage").getText());
            root.assertAccessible();
            root.type("#policy\\:threshold", "2").clickAndWait("#policy\\:save");
            assertTrue(root.find("#messages").getText().contains("Lockout settings saved."));
            assertTrue(root.find("#policySummary").getText().startsWith("After 2 consecutive failed sign-ins"));
            assertEquals(1, controls.events("env_setting_changed").size(), "only the value that changed is stored");
        }
        ApiClient attacker = attacker();
        for (int i = 0; i < 2; i++) {
            attacker.post("/api/request-token", Accounts.credentials(Team.MEMBER, "wrong-" + i)).expectStatus(200);
        }
        assertFalse(signsIn(api, Team.MEMBER, Team.MEMBER_PASSWORD), "two failures lock now");
    }

    private ApiClient attacker() {
        controls.setEnv("GATEHOUSE_TRUSTED_PROXIES", "127.0.0.1");
        return api.withHeader("X-Forwarded-For", ATTACKER);
    }

    private void lockOut(String username) {
        lockOut(username, ATTACKER);
    }

    /** Five failures from this address: a second username needs another one, since the first locks the address too. */
    private void lockOut(String username, String address) {
        controls.setEnv("GATEHOUSE_TRUSTED_PROXIES", "127.0.0.1");
        controls.setEnv("GATEHOUSE_LOCKOUT_ADDRESS_THRESHOLD", "5");
        ApiClient attacker = api.withHeader("X-Forwarded-For", address);
        for (int i = 0; i < 5; i++) {
            attacker.post("/api/request-token", Accounts.credentials(username, "wrong-password-" + i)).expectStatus(200);
        }
    }

    private static boolean signsIn(ApiClient client, String username, String password) {
        return client.post("/api/request-token", Accounts.credentials(username, password)).json().getBoolean("valid");
    }

    private int idOf(String username) {
        return admin.get("/api/admin/users").expectStatus(200).json().getJsonArray("users").getValuesAs(JsonObject.class)
                .stream().filter(user -> user.getString("username").equals(username)).findFirst().orElseThrow().getInt("id");
    }
}
