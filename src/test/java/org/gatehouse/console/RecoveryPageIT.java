package org.gatehouse.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonString;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.gatehouse.testing.Accounts;
import org.gatehouse.testing.Browser;
import org.gatehouse.testing.GatehouseIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** Recovery codes shown once at the first page sign-in, and "forgot password?" with two of them. */
class RecoveryPageIT extends GatehouseIT {

    private static final String JANE = "jane";
    private static final String PASSWORD = "jane-password-2026";
    private static final String NEW_PASSWORD = "a-brand-new-password-2026";
    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    private Accounts accounts;

    @BeforeEach
    void multiUser() {
        accounts = new Accounts(api);
        accounts.enableMultiUser();
        controls.createUser(JANE, PASSWORD, "default", false);
    }

    @Test
    void theFirstSignInShowsTheCodesOnceWithCopyAndDownloadAndNeverAgain() {
        try (Browser browser = Browser.open(api)) {
            browser.signIn(JANE, PASSWORD);
            assertEquals("/admin/recovery-codes", browser.path(), "the address no longer holds the sign-in post");
            List<String> codes = browser.driver().findElements(By.cssSelector("#codes code")).stream()
                    .map(code -> code.getText().trim()).toList();
            assertEquals(4, codes.size());
            codes.forEach(code -> assertTrue(code.matches(UUID), code));
            String download = browser.find("#downloadCodes").getAttribute("href");
            assertTrue(download.startsWith("data:text/plain"), download);
            assertEquals(String.join("\n", codes) + "\n",
                    URLDecoder.decode(download.substring(download.indexOf(',') + 1), StandardCharsets.UTF_8));
            assertEquals("gatehouse-recovery-codes.txt", browser.find("#downloadCodes").getAttribute("download"));
            browser.find("#copyCodes").click();
            assertFalse(browser.find("#copyStatus").getText().isEmpty(), "the copy says whether it worked");
            browser.screenshot("recovery-codes", 1280).screenshot("recovery-codes-phone", 390).assertAccessible();

            browser.driver().navigate().refresh();
            assertEquals("/admin/recovery-codes", browser.path());
            assertTrue(browser.find("#shownOnce").isDisplayed(), "a reload does not show them again");
            assertFalse(browser.has("#codes"));
            browser.screenshot("recovery-codes-shown-once", 1280).assertAccessible();
            browser.clickAndWait("#continue");
            assertEquals("/admin/", browser.path(), "the page session was made by that sign-in");
        }
        try (Browser browser = Browser.open(api)) {
            browser.signIn(JANE, PASSWORD);
            assertEquals("/admin/", browser.path(), "the next sign-in goes straight to the console");
        }
    }

    @Test
    void twoRecoveryCodesAndAStrongPasswordResetTheAccount() {
        List<String> codes = api.post("/api/request-token", Accounts.credentials(JANE, PASSWORD)).expectStatus(200)
                .json().getJsonArray("recoveryCodes").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
        String oldSession = accounts.login(JANE, PASSWORD);
        try (Browser browser = Browser.open(api)) {
            browser.go("/login").clickAndWait("#forgotPassword");
            assertEquals("/recover", browser.path());
            browser.screenshot("recover", 1280).screenshot("recover-phone", 390).assertAccessible();

            codesStep(browser, JANE, "0f8fad5b-d9cb-469f-a165-70867728950e", "7c9e6679-7425-40de-944b-e07fc1f90ae7");
            assertTrue(browser.find("#codes\\:messages").getText().contains("Invalid recovery codes."),
                    browser.find("#codes\\:messages").getText());
            browser.screenshot("recover-wrong-codes", 1280).assertAccessible();

            codesStep(browser, JANE, codes.get(0), codes.get(2));
            String token = browser.driver().findElement(By.name("reset:token")).getAttribute("value");
            assertFalse(token.isEmpty());
            assertFalse(browser.driver().getCurrentUrl().contains(token), "the reset token is never in the address");

            passwordStep(browser, "short", "short");
            assertEquals("password should be at least 8 characters long", browser.find("#reset\\:newPasswordMessage").getText());
            browser.screenshot("recover-weak-password", 1280).assertAccessible();
            passwordStep(browser, NEW_PASSWORD, NEW_PASSWORD + "x");
            assertEquals("Passwords do not match", browser.find("#reset\\:confirmPasswordMessage").getText());

            passwordStep(browser, NEW_PASSWORD, NEW_PASSWORD);
            assertTrue(browser.find("#done").getText().contains("Password reset successful"), browser.text());
            assertFalse(browser.has("input[name='reset:token']"));
            browser.screenshot("recover-done", 1280).assertAccessible();
            assertTrue(controls.events().stream().noneMatch(event -> event.toString().contains(token)),
                    "the reset token is in no event");
        }
        api.withToken(oldSession).get("/api/system/check-token").expectStatus(401);
        try (Browser browser = Browser.open(api)) {
            browser.signIn(JANE, NEW_PASSWORD);
            assertEquals("/admin/recovery-codes", browser.path(), "a reset used the codes up: new ones are shown");
        }
    }

    @Test
    void aUsedResetTokenSendsTheVisitorBackToTheCodes() {
        List<String> codes = api.post("/api/request-token", Accounts.credentials(JANE, PASSWORD)).expectStatus(200)
                .json().getJsonArray("recoveryCodes").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
        try (Browser browser = Browser.open(api)) {
            browser.go("/recover");
            codesStep(browser, JANE, codes.get(1), codes.get(3));
            String token = browser.driver().findElement(By.name("reset:token")).getAttribute("value");
            api.post("/api/system/reset-password", "{\"token\":\"" + token + "\",\"newPassword\":\"" + NEW_PASSWORD
                    + "\",\"confirmPassword\":\"" + NEW_PASSWORD + "\"}").expectStatus(200);
            passwordStep(browser, NEW_PASSWORD + "2", NEW_PASSWORD + "2");
            assertTrue(browser.find("#codes\\:messages").getText().contains("expired or was already used"), browser.text());
            assertTrue(browser.has("#codes\\:firstCode"));
        }
    }

    @Test
    void wrongCodesAreThrottledLikeSignInEvenWhenTheRightOnesFollow() {
        controls.setEnv("GATEHOUSE_LOCKOUT_THRESHOLD", "2");
        List<String> codes = api.post("/api/request-token", Accounts.credentials(JANE, PASSWORD)).expectStatus(200)
                .json().getJsonArray("recoveryCodes").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
        try (Browser browser = Browser.open(api)) {
            browser.go("/recover");
            for (int attempt = 0; attempt < 2; attempt++) {
                codesStep(browser, JANE, "0f8fad5b-d9cb-469f-a165-70867728950e", "7c9e6679-7425-40de-944b-e07fc1f90ae7");
            }
            codesStep(browser, JANE, codes.get(0), codes.get(1));
            assertTrue(browser.find("#codes\\:messages").getText().contains("Invalid recovery codes."), browser.text());
            assertFalse(browser.has("input[name='reset:token']"), "locked out: the right codes buy nothing now");
            assertEquals(1, controls.events("failed_login_locked_out").size());
        }
    }

    @Test
    void recoveryIsForMultiUserModeOnly() {
        controls.reset();
        try (Browser browser = Browser.open(api)) {
            browser.go("/recover");
            assertTrue(browser.find("#unavailable").isDisplayed());
            assertFalse(browser.has("#codes\\:username"));
            browser.screenshot("recover-single-user", 1280).assertAccessible();
        }
    }

    private static void codesStep(Browser browser, String username, String first, String second) {
        browser.type("#codes\\:username", username).type("#codes\\:firstCode", first).type("#codes\\:secondCode", second)
                .clickAndWait("#codes\\:submit");
    }

    private static void passwordStep(Browser browser, String password, String confirmation) {
        browser.type("input#reset\\:newPassword", password).type("input#reset\\:confirmPassword", confirmation)
                .clickAndWait("#reset\\:submit");
    }
}
