package org.gatehouse.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.gatehouse.testing.Accounts;
import org.gatehouse.testing.Browser;
import org.gatehouse.testing.Team;
import org.gatehouse.testing.TeamIT;
import org.junit.jupiter.api.Test;

/** The security page in multi-user mode: an admin's run-time settings, and a manager refused. */
class SecurityTeamPageIT extends TeamIT {

    @Test
    void aPasswordPolicyChangeIsEnforcedByTheNextUserCreationThroughTheApi() {
        try (Browser root = Browser.open(api)) {
            root.signIn(Accounts.ADMIN, Accounts.ADMIN_PASSWORD).go("/admin/security");
            root.type("#policy\\:minLength", "300").clickAndWait("#policy\\:save");
            assertEquals("PASSWORDMINCHAR must be a whole number from 1 to 250.", root.find("#policy\\:minLengthMessage").getText());
            root.assertAccessible();
            root.type("#policy\\:minLength", "12").clickAndWait("#policy\\:save");
            assertTrue(root.find("#messages").getText().contains("Password policy saved."));
            root.screenshot("security-multi-user", 1280).assertAccessible();
            root.clickAndWait("#themeSwitch");
            assertTrue(root.find("body").getAttribute("class").contains("theme-dark"));
            root.screenshot("security-dark", 1280).assertAccessible();
        }
        JsonObject refused = admin.post("/api/admin/users/new", "{\"username\":\"eve\",\"password\":\"eve-pass-26\"}")
                .expectStatus(200).json();
        assertEquals("password should be at least 12 characters long", refused.getString("error"));
        admin.post("/api/admin/users/new", "{\"username\":\"eve\",\"password\":\"eve-password-2026\"}").expectStatus(200);
        JsonObject logged = controls.events("env_setting_changed").get(0).getJsonObject("metadata");
        assertEquals("{\"variable\":\"PASSWORDMINCHAR\",\"value\":\"12\"}", logged.toString());
    }

    @Test
    void simpleSsoAndTheSessionLifetimeTakeEffectAtOnce() {
        try (Browser root = Browser.open(api)) {
            root.signIn(Accounts.ADMIN, Accounts.ADMIN_PASSWORD).go("/admin/security");
            root.find("#sso\\:enabled").click();
            root.clickAndWait("#sso\\:save");
            assertTrue(root.find("#messages").getText().contains("Simple SSO settings saved."));
            assertEquals("true", root.find("#sso\\:enabled").getDomProperty("checked"));
            root.type("#lifetime\\:jwtExpiry", "soon").clickAndWait("#lifetime\\:save");
            assertEquals("JWT_EXPIRY must be a duration such as 30d, 12h or 90m.", root.find("#lifetime\\:jwtExpiryMessage").getText());
            root.type("#lifetime\\:jwtExpiry", "12h").clickAndWait("#lifetime\\:save");
            assertTrue(root.find("#messages").getText().contains("Session lifetime saved."));
        }
        assertTrue(api.get("/api/setup-complete").json().getJsonObject("results").getBoolean("SimpleSSOEnabled"));
        JsonObject claims = claims(accounts.login(Team.MEMBER, Team.MEMBER_PASSWORD));
        assertEquals(12 * 3600, claims.getInt("exp") - claims.getInt("iat"));
        assertEquals(2, controls.events("env_setting_changed").size(), "SSO on, then the lifetime");
    }

    @Test
    void aManagerGets403() {
        try (Browser mia = Browser.open(api)) {
            mia.signIn(Team.MANAGER, Team.MANAGER_PASSWORD).go("/admin/security");
            assertTrue(mia.has("#forbidden"), mia.text());
            String cookie = mia.driver().manage().getCookieNamed("gatehouse_session").getValue();
            api.withHeader("Cookie", "gatehouse_session=" + cookie).get("/admin/security").expectStatus(403);
        }
    }

    private static JsonObject claims(String jwt) {
        String payload = new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
        return Json.createReader(new StringReader(payload)).readObject();
    }
}
