package org.gatehouse.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gatehouse.testing.Accounts;
import org.gatehouse.testing.Browser;
import org.gatehouse.testing.Team;
import org.gatehouse.testing.TeamIT;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The invitations page and the accept-invite landing, in a real browser, as the roles they concern. */
class InvitationsPageIT extends TeamIT {

    private static final String NEWBIE_PASSWORD = "newbie-password-2026";

    @Test
    void anAdminInvitesIntoAWorkspaceAndTheInvitedUserLandsInItThenTheListShowsTheClaim() {
        createWorkspace("Sales Team");
        createWorkspace("Support");
        try (Browser adminBrowser = Browser.open(api)) {
            adminBrowser.signIn(Accounts.ADMIN, Accounts.ADMIN_PASSWORD).go("/admin/invitations");
            assertTrue(adminBrowser.has("#noInvites"), adminBrowser.text());
            adminBrowser.screenshot("invitations-empty", 1280).assertAccessible();
            adminBrowser.driver().findElement(By.xpath("//label[normalize-space()='Sales Team']")).click();
            adminBrowser.clickAndWait("#create\\:submit");
            assertEquals("/admin/invitations", adminBrowser.path(), "the post answers at the page's own address");
            String link = adminBrowser.find("#inviteLink").getAttribute("value");
            assertTrue(link.startsWith(api.base() + "/accept-invite/"), link);
            assertEquals(1, controls.events("invite_created").size(), "the same event as the API's");
            adminBrowser.screenshot("invitations-created", 1280).screenshot("invitations-phone", 390).assertAccessible();
            adminBrowser.find("#copyLink").click();
            assertEquals(java.util.List.of(), overflowAt390(adminBrowser), "nothing is wider than a phone");

            try (Browser invited = Browser.open(api)) {
                invited.go(link.substring(api.base().length()));
                assertTrue(invited.has("#accept\\:username"), invited.text());
                invited.screenshot("accept-invite", 1280).screenshot("accept-invite-phone", 390).assertAccessible();
                invited.type("#accept\\:username", "newbie").type("input#accept\\:password", NEWBIE_PASSWORD)
                        .clickAndWait("#accept\\:submit");
                assertEquals("Sales Team", invited.find("#yourWorkspaces").getText().trim(),
                        "the new account lands on the workspaces it was invited to, and only those");
                assertTrue(invited.has("#recoveryCodes"), "a first sign-in shows the recovery codes once");
                invited.screenshot("accept-invite-welcome", 1280).assertAccessible();
                assertTrue(invited.driver().manage().getCookies().stream().noneMatch(c -> c.getName().equals("JSESSIONID")));
                invited.clickAndWait("#continue");
                assertEquals("/admin/", invited.path());
                assertTrue(invited.find("#signedInAs").getText().contains("newbie"), "signed in as the new account");
            }

            adminBrowser.go("/admin/invitations");
            String row = adminBrowser.find("#invites tbody tr").getText();
            assertTrue(row.contains("Claimed") && row.contains("newbie") && row.contains(Accounts.ADMIN), row);
            assertEquals("Sales Team", adminBrowser.find("#invites tbody tr .workspaces").getText());
            assertFalse(adminBrowser.has("#invites tbody tr .deactivate"), "a claimed invitation offers nothing to do");
            adminBrowser.screenshot("invitations-claimed", 1280).assertAccessible();
        }
        assertEquals(1, controls.events("invite_accepted").size());
    }

    @Test
    void anUnknownOrClaimedCodeSaysSoAndTheFormShowsTheRulesNextToTheFields() {
        try (Browser browser = Browser.open(api)) {
            browser.go("/accept-invite/no-such-code");
            assertTrue(browser.find("#invalid").getText().contains("Invite not found."), browser.text());
            assertFalse(browser.has("#accept\\:username"));
            browser.screenshot("accept-invite-unknown", 1280).assertAccessible();

            String code = newInviteCode();
            browser.go("/accept-invite/" + code).type("#accept\\:username", "Not Valid").type("input#accept\\:password", "short")
                    .clickAndWait("#accept\\:submit");
            assertTrue(browser.find("#accept\\:passwordMessage").getText().contains("password should be at least 8 characters long"),
                    browser.text());
            browser.type("#accept\\:username", "Not Valid").type("input#accept\\:password", NEWBIE_PASSWORD)
                    .clickAndWait("#accept\\:submit");
            assertTrue(browser.find("#accept\\:usernameMessage").getText().contains("Username must start with a lowercase letter"),
                    browser.text());
            browser.screenshot("accept-invite-refused", 1280).assertAccessible();
            browser.type("#accept\\:username", Team.MEMBER).type("input#accept\\:password", NEWBIE_PASSWORD)
                    .clickAndWait("#accept\\:submit");
            assertTrue(browser.find("#accept\\:usernameMessage").getText().contains("A user with that username already exists"));

            api.post("/api/invite/" + code, Accounts.credentials("claimer", NEWBIE_PASSWORD)).expectStatus(200)
                    .expectJson("{\"success\":true,\"error\":null}");
            browser.go("/accept-invite/" + code);
            assertTrue(browser.find("#invalid").getText().contains("Invite is no longer valid."), browser.text());
            browser.screenshot("accept-invite-claimed", 1280).assertAccessible();
        }
    }

    @Test
    void aManagerDeactivatesAPendingInvitationAndItsLinkStopsWorking() {
        try (Browser browser = Browser.open(api)) {
            browser.signIn(Team.MANAGER, Team.MANAGER_PASSWORD).go("/admin/invitations").clickAndWait("#create\\:submit");
            String link = browser.find("#inviteLink").getAttribute("value");
            browser.go("/admin/invitations");
            assertFalse(browser.has("#inviteLink"), "the link is shown once, at its creation");
            assertTrue(browser.find("#invites tbody tr").getText().contains("Pending"));
            browser.clickAndWait("#invites tbody tr .deactivate");
            assertTrue(browser.find("#messages").getText().contains("Invitation deactivated"), browser.text());
            assertTrue(browser.find("#invites tbody tr").getText().contains("Disabled"));
            assertEquals(1, controls.events("invite_deleted").size(), "the same event as DELETE /api/admin/invite/:id");
            browser.screenshot("invitations-deactivated", 1280).assertAccessible();
            browser.go(link.substring(api.base().length()));
            assertTrue(browser.find("#invalid").getText().contains("Invite is no longer valid."));
        }
    }

    @Test
    void aDefaultUserGetsTheForbiddenPage() {
        try (Browser browser = Browser.open(api)) {
            browser.signIn(Team.MEMBER, Team.MEMBER_PASSWORD);
            for (String address : new String[] {"/admin/invitations", "/admin/invitations.xhtml", "/admin/workspaces",
                    "/admin/workspaces/anything"}) {
                browser.go(address);
                assertTrue(browser.has("#forbidden"), address + ": " + browser.text());
            }
        }
    }

    /**
     * The elements wider than a 390 px phone screen, and the page itself when it scrolls sideways (none, for a
     * page that fits; a table may scroll inside its own {@code .table-scroll}, but nothing in it may widen the page).
     */
    static java.util.List<Object> overflowAt390(Browser browser) {
        org.openqa.selenium.Dimension size = browser.driver().manage().window().getSize();
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(390, size.getHeight()));
        try {
            @SuppressWarnings("unchecked")
            java.util.List<Object> wide = (java.util.List<Object>) ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                    .executeScript("""
                            const width = document.documentElement.clientWidth;
                            const wide = [...document.querySelectorAll('body *')]
                                .filter(e => e.getBoundingClientRect().right > width + 1 && !(e.parentElement && e.parentElement.closest('.table-scroll')))
                                .map(e => e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right));
                            const page = document.documentElement.scrollWidth;
                            return page > width + 1 ? wide.concat(['the page scrolls sideways: ' + page + ' px in ' + width]) : wide;
                            """);
            return wide;
        } finally {
            browser.driver().manage().window().setSize(size);
        }
    }

    private void createWorkspace(String name) {
        admin.post("/api/admin/workspaces/new", "{\"name\":\"" + name + "\"}").expectStatus(200);
    }

    private String newInviteCode() {
        return admin.post("/api/admin/invite/new", "{}").expectStatus(200).json().getJsonObject("invite").getString("code");
    }
}
