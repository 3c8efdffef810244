package org.gatehouse.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gatehouse.testing.Accounts;
import org.gatehouse.testing.ApiClient;
import org.gatehouse.testing.Browser;
import org.gatehouse.testing.GatehouseIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** AnythingLLM's /sso/simple landing in a real browser, and the login page when SSO turned credentials off. */
class SimpleSsoPageIT extends GatehouseIT {

    private ApiClient integration;
    private int janeId;

    @BeforeEach
    void ssoInstance() {
        Accounts accounts = new Accounts(api);
        accounts.enableMultiUser();
        janeId = controls.createUser("jane", "jane-password-2026", "default", false);
        ApiClient admin = api.withToken(accounts.login(Accounts.ADMIN, Accounts.ADMIN_PASSWORD));
        integration = api.withToken(admin.post("/api/admin/generate-api-key", "{\"name\":\"portal\"}").json()
                .getJsonObject("apiKey").getString("secret"));
        controls.setEnv("SIMPLE_SSO_ENABLED", "");
    }

    @Test
    void aValidTokenSignsTheBrowserInOnceAndLeavesTheAddressBar() {
        String token = issue();
        try (Browser browser = Browser.open(api)) {
            browser.go("/sso/simple?token=" + token);
            assertEquals("/admin/", browser.path(), "the token leaves the address bar at once");
            assertTrue(browser.find("#signedInAs").getText().contains("jane"), browser.find("#signedInAs").getText());
            assertNotNull(browser.driver().manage().getCookieNamed("gatehouse_session"));
            assertEquals(janeId, controls.events("login_event").get(1).getInt("userId"));
        }
        try (Browser browser = Browser.open(api)) {
            browser.go("/sso/simple?token=" + token);
            assertEquals("[001] An error occurred while validating the token: Invalid token.", browser.find("#ssoError").getText());
            browser.go("/admin/");
            assertEquals("/login", browser.path(), "a used token signs nobody in");
        }
        assertEquals(1, controls.events("failed_login_invalid_temporary_auth_token").size());
    }

    @Test
    void anInvalidOrMissingTokenIsExplained() {
        try (Browser browser = Browser.open(api)) {
            browser.go("/sso/simple?token=allm-tat-not-a-real-token");
            assertEquals("[001] An error occurred while validating the token: Invalid token.", browser.find("#ssoError").getText());
            assertTrue(browser.has("#toSignIn"), "credential sign-in is still there to fall back on");
            browser.screenshot("sso-simple-invalid-token", 1280).screenshot("sso-simple-invalid-token-phone", 390)
                    .assertAccessible();
            browser.go("/sso/simple");
            assertEquals("No token provided.", browser.find("#ssoError").getText());
        }
    }

    @Test
    void withoutSimpleSsoEnabledNoTokenIsRedeemed() {
        String token = issue();
        controls.unsetEnv("SIMPLE_SSO_ENABLED");
        try (Browser browser = Browser.open(api)) {
            browser.go("/sso/simple?token=" + token);
            assertEquals("Simple SSO is not enabled. It must be enabled to validate or issue temporary auth tokens.",
                    browser.find("#ssoError").getText());
            browser.screenshot("sso-simple-disabled", 1280).assertAccessible();
        }
        controls.setEnv("SIMPLE_SSO_ENABLED", "");
        try (Browser browser = Browser.open(api)) {
            browser.go("/sso/simple?token=" + token);
            assertEquals("/admin/", browser.path(), "the refusal did not spend the token");
        }
    }

    @Test
    void theLoginPageSendsVisitorsToTheNoLoginRedirectWhenCredentialsAreOff() {
        controls.setEnv("SIMPLE_SSO_NO_LOGIN", "");
        controls.setEnv("SIMPLE_SSO_NO_LOGIN_REDIRECT", "https://portal.example/sign-in");
        api.get("/login").expectStatus(302).expectHeader("Location", "https://portal.example/sign-in");
        String token = issue();
        try (Browser browser = Browser.open(api)) {
            browser.go("/login?token=" + token);
            assertEquals("/admin/", browser.path(), "a token on the login address goes to the landing, as AnythingLLM does");
            assertFalse(browser.has("#signIn\\:username"));
        }
        controls.unsetEnv("SIMPLE_SSO_NO_LOGIN_REDIRECT");
        try (Browser browser = Browser.open(api)) {
            browser.go("/login");
            assertEquals("/sso/simple", browser.path(), "without a redirect the login page is the SSO landing");
            assertEquals("No token provided.", browser.find("#ssoError").getText());
            assertFalse(browser.has("#toSignIn"), "no sign-in form to offer when credentials are off");
            browser.screenshot("sso-simple-no-login", 1280).assertAccessible();
        }
    }

    private String issue() {
        return integration.get("/api/v1/users/" + janeId + "/issue-auth-token").expectStatus(200).json().getString("token");
    }
}
