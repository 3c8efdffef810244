package org.gatehouse.console;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gatehouse.testing.Browser;
import org.gatehouse.testing.GatehouseIT;
import org.junit.jupiter.api.Test;

/**
 * Single-user mode: the password holder customizes everything, the default system prompt included, and
 * opens the privacy and environment pages, where the password shows only as set.
 */
class SettingsPagesSingleUserIT extends GatehouseIT {

    private static final String PASSWORD = "single-user-secret-2026";

    @Test
    void thePasswordHolderCustomizesEverythingAndSeesPrivacyAndEnvironment() throws IOException {
        controls.setEnv("AUTH_TOKEN", PASSWORD);
        byte[] png = CustomizationPageIT.logo();
        Path pngFile = Files.write(Files.createTempFile("logo", ".png"), png);
        try (Browser browser = Browser.open(api)) {
            browser.go("/login").type("input#signIn\\:password", PASSWORD).clickAndWait("#signIn\\:submit");
            browser.go("/admin/customization");
            assertTrue(browser.has("#promptCard"), "no manager here: the prompt is within reach");
            browser.type("#branding\\:appName", "Solo Desk").clickAndWait("#branding\\:save");
            assertEquals("Solo Desk", browser.find("#appName").getText());
            CustomizationPageIT.upload(browser, pngFile);
            assertEquals("/admin/customization?done=logo", browser.path());
            URI src = URI.create(browser.find("#appLogo").getAttribute("src"));
            assertArrayEquals(png, api.get(src.getRawPath() + "?" + src.getRawQuery()).expectStatus(200).bytes());
            browser.type("#prompt\\:text", "Be concise.").clickAndWait("#prompt\\:save");
            assertEquals("/admin/customization?done=prompt", browser.path());
            assertEquals("Be concise.", browser.find("#prompt\\:text").getAttribute("value"));
            browser.screenshot("customization-single-user", 1280).assertAccessible();

            browser.go("/admin/privacy");
            assertEquals("Off", browser.find("#switchState").getText());
            browser.screenshot("privacy-single-user", 1280).assertAccessible();
            browser.go("/admin/environment");
            assertEquals("Set", browser.find("#env-AUTH_TOKEN .value").getText());
            assertEquals("Run-time change", browser.find("#env-AUTH_TOKEN .source").getText());
            assertFalse(browser.driver().getPageSource().contains(PASSWORD), "the password is not in the page");
            browser.screenshot("environment-single-user", 1280).assertAccessible();
        }
    }
}
