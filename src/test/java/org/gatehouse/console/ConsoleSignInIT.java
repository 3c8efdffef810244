package org.gatehouse.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gatehouse.testing.Accounts;
import org.gatehouse.testing.ApiClient;
import org.gatehouse.testing.Browser;
import org.gatehouse.testing.GatehouseIT;
import org.gatehouse.testing.Team;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The console's front door in a real browser: sign-in in both modes, the page session, sign-out. */
class ConsoleSignInIT extends GatehouseIT {

    @Test
    void anAdminSignsInLandsOnTheDashboardAndSignsOut() {
        new Accounts(api).enableMultiUser();
        try (Browser browser = Browser.open(api)) {
            browser.go("/");
            assertEquals("/login", browser.path(), "a visitor is sent to sign in");
            browser.screenshot("sign-in", 1280).screenshot("sign-in-phone", 390).assertAccessible();
            browser.type("#signIn\\:username", Accounts.ADMIN).type("input#signIn\\:password", Accounts.ADMIN_PASSWORD)
                    .clickAndWait("#signIn\\:submit");
            assertEquals("/admin/recovery-codes", browser.path(), "a first sign-in shows the recovery codes first");
            browser.clickAndWait("#continue");
            assertEquals("/admin/", browser.path());
            assertTrue(browser.find("#signedInAs").getText().contains("admin"), browser.find("#signedInAs").getText());
            browser.screenshot("dashboard", 1280).screenshot("dashboard-phone", 390);
            assertEquals(1, controls.events("login_event").size(), "the page sign-in is the API's sign-in");
            browser.clickAndWait("#account\\:signOut");
            assertEquals("/login", browser.path());
            assertEquals(1, controls.events("logout_event").size(), "signing out of the pages is the API's logout");
            browser.go("/admin/");
            assertEquals("/login", browser.path(), "signed out means signed out");
        }
    }

    @Test
    void aWrongPasswordIsAnsweredOnThePageWithTheContractsMessage() {
        new Accounts(api).enableMultiUser();
        try (Browser browser = Browser.open(api)) {
            browser.go("/login").type("#signIn\\:username", Accounts.ADMIN)
                    .type("input#signIn\\:password", "not-the-password").clickAndWait("#signIn\\:submit");
            assertTrue(browser.find("#signIn\\:messages").getText().contains("[002] Invalid login credentials."),
                    browser.find("#signIn\\:messages").getText());
            browser.screenshot("sign-in-refused", 1280).assertAccessible();
            browser.go("/admin/");
            assertEquals("/login", browser.path());
        }
    }

    @Test
    void aLockedOutAccountIsRefusedOnThePageEvenWithTheRightPassword() {
        Accounts accounts = new Accounts(api);
        accounts.enableMultiUser();
        for (int i = 0; i < 5; i++) {
            api.post("/api/request-token", Accounts.credentials(Accounts.ADMIN, "wrong-password-" + i)).expectStatus(200);
        }
        try (Browser browser = Browser.open(api)) {
            browser.go("/login").type("#signIn\\:username", Accounts.ADMIN)
                    .type("input#signIn\\:password", Accounts.ADMIN_PASSWORD).clickAndWait("#signIn\\:submit");
            assertTrue(browser.path().startsWith("/login"), "no page session for a locked-out account");
            assertTrue(browser.find("#signIn\\:messages").getText().contains("Invalid login credentials."));
        }
        assertEquals(1, controls.events("failed_login_locked_out").size());
    }

    @Test
    void aUserSignedOutEverywhereFromTheApiIsSignedOutOfThePagesAtTheNextClick() {
        Team team = Team.signIn(api, controls);
        try (Browser browser = Browser.open(api)) {
            browser.go("/login").type("#signIn\\:username", Team.MANAGER).type("input#signIn\\:password", Team.MANAGER_PASSWORD)
                    .clickAndWait("#signIn\\:submit");
            assertEquals("/admin/", browser.path());
            team.admin().post("/api/admin/user/" + team.managerId() + "/revoke-sessions", "").expectStatus(200);
            browser.go("/admin/");
            assertEquals("/login", browser.path());
        }
    }

    @Test
    void theSingleUserPasswordOpensTheConsoleAndAnOpenInstanceWarns() {
        try (Browser browser = Browser.open(api)) {
            browser.go("/login");
            assertEquals("/admin/", browser.path(), "an open instance needs no sign-in");
            assertTrue(browser.find("#openInstance").getText().contains("no password"));
            assertFalse(browser.has("#signedInAs"), "nobody is signed in on an open instance");
            browser.screenshot("dashboard-open-instance", 1280);
        }
        controls.setEnv("AUTH_TOKEN", "single-user-secret-2026");
        try (Browser browser = Browser.open(api)) {
            browser.go("/admin/");
            assertEquals("/login", browser.path());
            assertFalse(browser.has("#signIn\\:username"), "single-user mode asks for the password only");
            browser.type("input#signIn\\:password", "single-user-secret-2026").clickAndWait("#signIn\\:submit");
            assertEquals("/admin/", browser.path());
            assertEquals(List.of("dashboard", "workspaces", "chat-history", "sessions", "security", "api-keys",
                    "browser-extension", "event-log", "customization", "privacy", "environment"), browser.driver().findElements(By.cssSelector("#navigation a"))
                    .stream().map(link -> link.getAttribute("id").substring("nav-".length())).toList(),
                    "the password holder sees every page single-user mode has");
            assertFalse(browser.has("#openInstance"));
        }
    }

    @Test
    void pagesCarryTheSecurityHeaders() {
        new Accounts(api).enableMultiUser();
        var response = api.get("/login").expectStatus(200);
        assertTrue(response.header("Content-Security-Policy").orElseThrow().contains("frame-ancestors 'none'"));
        assertEquals("nosniff", response.header("X-Content-Type-Options").orElseThrow());
        assertEquals("DENY", response.header("X-Frame-Options").orElseThrow());
        assertEquals("same-origin", response.header("Referrer-Policy").orElseThrow());
    }

    @Test
    void aPostWithAForgedOrMissingFormTokenOrFromAnotherSiteIsRefused() {
        new Accounts(api).enableMultiUser();
        try (Browser browser = Browser.open(api)) {
            browser.go("/login").type("#signIn\\:username", Accounts.ADMIN).type("input#signIn\\:password", Accounts.ADMIN_PASSWORD)
                    .clickAndWait("#signIn\\:submit").go("/admin/");
            String session = browser.driver().manage().getCookieNamed("gatehouse_session").getValue();
            String token = browser.driver().findElement(By.cssSelector("#account input[name=gatehouse_form_token]")).getAttribute("value");
            assertTrue(browser.driver().manage().getCookies().stream().noneMatch(c -> c.getName().equals("JSESSIONID")),
                    "pages keep no HTTP session: any node can serve any post");
            ApiClient page = api.withHeader("Cookie", "gatehouse_session=" + session);
            String form = "account=account&account%3AsignOut=&jakarta.faces.ViewState=stateless&gatehouse_form_token=";
            page.send("POST", "/admin/index.xhtml", "application/x-www-form-urlencoded", form + "forged")
                    .expectStatus(403).expectText("This form was not sent by a page of this console. Reload the page and try again.");
            page.send("POST", "/admin/index.xhtml", "application/x-www-form-urlencoded", "account=account")
                    .expectStatus(403);
            page.withHeader("Origin", "https://evil.example").send("POST", "/admin/index.xhtml",
                    "application/x-www-form-urlencoded", form + token).expectStatus(403);
            browser.go("/admin/");
            assertEquals("/admin/", browser.path(), "the refused posts changed nothing");
            assertTrue(controls.events("user_sessions_revoked").isEmpty());
        }
    }
}
