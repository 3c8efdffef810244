package org.gatehouse.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.gatehouse.auth.control.SingleUserPassword;
import org.gatehouse.testing.Accounts;
import org.gatehouse.testing.Browser;
import org.gatehouse.testing.GatehouseIT;
import org.junit.jupiter.api.Test;

/** The security page of a fresh, open instance: the instance password, then multi-user mode. */
class SecurityPageIT extends GatehouseIT {

    private static final String ROOT_PASSWORD = "gatehouse-root-2026";
    private static final String INSTANCE_PASSWORD = "open-sesame-2026";

    @Test
    void enablingMultiUserModeLeavesExactlyOneAdminAndSignsThemIn() {
        try (Browser browser = Browser.open(api)) {
            browser.go("/admin/security");
            assertEquals("Open", browser.find("#modeBadge").getText());
            browser.screenshot("security", 1280).screenshot("security-phone", 390).assertAccessible();

            browser.type("#multiUser\\:username", "root").type("input#multiUser\\:password", "short")
                    .clickAndWait("#multiUser\\:enable");
            assertEquals("password should be at least 8 characters long", browser.find("#multiUser\\:passwordMessage").getText());
            browser.screenshot("security-weak-password", 1280).assertAccessible();
            browser.type("#multiUser\\:username", "root").type("input#multiUser\\:password", "password")
                    .clickAndWait("#multiUser\\:enable");
            assertTrue(browser.find("#multiUser\\:passwordMessage").getText().contains("too common"),
                    browser.find("#multiUser\\:passwordMessage").getText());
            assertEquals(0, controls.events("multi_user_mode_enabled").size(), "nothing changed");

            browser.type("#multiUser\\:username", "root").type("input#multiUser\\:password", ROOT_PASSWORD)
                    .clickAndWait("#multiUser\\:enable");
            assertTrue(browser.has("#continue"), "the new admin's first sign-in shows the recovery codes");
            browser.clickAndWait("#continue");
            assertEquals("/admin/", browser.path());
            assertTrue(browser.find("#signedInAs").getText().contains("root"), browser.find("#signedInAs").getText());
            browser.go("/admin/security");
            assertEquals("Multi-user", browser.find("#modeBadge").getText());
            assertFalse(browser.has("#multiUser\\:enable"), "there is no way back");
            assertFalse(browser.has("#password\\:set"), "no instance password in multi-user mode");
            browser.assertAccessible();
        }
        List<JsonObject> users = api.withToken(new Accounts(api).login("root", ROOT_PASSWORD)).get("/api/admin/users")
                .expectStatus(200).json().getJsonArray("users").getValuesAs(JsonObject.class);
        assertEquals(1, users.size());
        assertEquals("admin", users.get(0).getString("role"));
        assertEquals(1, controls.events("multi_user_mode_enabled").size());
    }

    @Test
    void thePasswordHolderEnablesMultiUserModeAndBecomesItsOnlyAdmin() {
        controls.setEnv("AUTH_TOKEN", INSTANCE_PASSWORD);
        try (Browser holder = Browser.open(api)) {
            holder.go("/login").type("input#signIn\\:password", INSTANCE_PASSWORD).clickAndWait("#signIn\\:submit");
            holder.go("/admin/security");
            assertEquals("Single user, password", holder.find("#modeBadge").getText());
            holder.type("#multiUser\\:username", "Root").type("input#multiUser\\:password", ROOT_PASSWORD)
                    .clickAndWait("#multiUser\\:enable");
            assertTrue(holder.find("#multiUser\\:usernameMessage").getText().startsWith("Username"),
                    "the username rule's message sits next to the username");
            holder.type("#multiUser\\:username", "root").type("input#multiUser\\:password", ROOT_PASSWORD)
                    .clickAndWait("#multiUser\\:enable").clickAndWait("#continue");
            assertTrue(holder.find("#signedInAs").getText().contains("root"));
        }
        assertEquals(1, api.withToken(new Accounts(api).login("root", ROOT_PASSWORD)).get("/api/admin/users")
                .expectStatus(200).json().getJsonArray("users").size());
    }

    @Test
    void settingThePasswordOfAnOpenInstanceThenRequiresIt() {
        try (Browser holder = Browser.open(api)) {
            holder.go("/admin/security").type("input#password\\:newPassword", "with space").clickAndWait("#password\\:set");
            assertEquals(SingleUserPassword.RESTRICTED, holder.find("#password\\:newPasswordMessage").getText());
            holder.assertAccessible();
            holder.type("input#password\\:newPassword", INSTANCE_PASSWORD).clickAndWait("#password\\:set");
            assertTrue(holder.find("#messages").getText().contains("Password set."), holder.find("#messages").getText());
            holder.assertAccessible();
            holder.clickAndWait("#nav-security");
            assertEquals("/login", holder.path(), "the instance now asks for its password");
            assertEquals(1, controls.events("single_user_password_set").size());
            try (Browser visitor = Browser.open(api)) {
                visitor.go("/admin/");
                assertEquals("/login", visitor.path());
            }
            holder.type("input#signIn\\:password", INSTANCE_PASSWORD).clickAndWait("#signIn\\:submit");
            holder.go("/admin/security");
            assertEquals("Single user, password", holder.find("#modeBadge").getText());
            holder.screenshot("security-single-user", 1280).assertAccessible();
            holder.clickAndWait("#password\\:remove");
            assertTrue(holder.find("#messages").getText().contains("Password removed"));
            assertEquals(1, controls.events("single_user_password_removed").size());
        }
        try (Browser visitor = Browser.open(api)) {
            visitor.go("/admin/");
            assertEquals("/admin/", visitor.path(), "open again");
        }
    }
}
