package org.gatehouse.console;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.gatehouse.testing.Accounts;
import org.gatehouse.testing.ApiClient;
import org.gatehouse.testing.Browser;
import org.gatehouse.testing.Team;
import org.gatehouse.testing.TeamIT;
import org.junit.jupiter.api.Test;

/**
 * Customization as a manager and an admin: the logo with E63's checks and the header showing it at once,
 * the app name and page title in the header and the tab, support email, footer links and the default
 * system prompt within Preferences.reaches; a default user is refused.
 */
class CustomizationPageIT extends TeamIT {

    static final String NOT_AN_IMAGE = "Only PNG, JPEG, GIF and WebP pictures are accepted.";

    @Test
    void aManagerUploadsALogoTheHeaderShowsAtOnceAndRemovingItRestoresTheDefault() throws IOException {
        Path text = Files.writeString(Files.createTempFile("not-a-logo", ".png"), "just some text");
        byte[] png = logo();
        Path pngFile = Files.write(Files.createTempFile("logo", ".png"), png);
        try (Browser browser = Browser.open(api)) {
            browser.signIn(Team.MANAGER, Team.MANAGER_PASSWORD).clickAndWait("#nav-customization");
            assertEquals("/admin/customization", browser.path());
            assertFalse(browser.has("#appLogo"), "the default header has no logo");
            assertEquals("Gatehouse", browser.find("#appName").getText());
            assertFalse(browser.has("#promptCard"), "Preferences.reaches keeps the default system prompt from a manager");
            browser.screenshot("customization-manager", 1280).assertAccessible();

            upload(browser, text);
            String apiAnswer = manager.postFile("/api/system/upload-logo", "logo", "not-a-logo.png", "image/png",
                    Files.readAllBytes(text)).expectStatus(400).json().getString("message");
            assertEquals(NOT_AN_IMAGE, apiAnswer);
            assertEquals(apiAnswer, browser.find("#logo\\:fileMessage").getText(), "the API's words, next to the field");
            assertFalse(browser.has("#appLogo"));
            browser.screenshot("customization-not-an-image", 1280).assertAccessible();

            upload(browser, pngFile);
            assertEquals("/admin/customization?done=logo", browser.path());
            assertTrue(browser.find("#messages").getText().contains("Logo uploaded successfully."), browser.text());
            URI src = URI.create(browser.find("#appLogo").getAttribute("src"));
            api.get(src.getRawPath() + "?" + src.getRawQuery()).expectStatus(200).expectContentType("image/png");
            assertArrayEquals(png, api.get(src.getRawPath() + "?" + src.getRawQuery()).bytes(), "the uploaded bytes, without a credential");
            assertTrue(browser.has("#currentLogo"));
            browser.screenshot("customization-with-logo", 1280).screenshot("customization-with-logo-phone", 390).assertAccessible();

            browser.clickAndWait("#removeLogo\\:remove");
            assertEquals("/admin/customization?done=logoRemoved", browser.path());
            assertFalse(browser.has("#appLogo"), "the header is back to the default");
            assertTrue(browser.has("#defaultLogo"));
            api.get("/api/system/logo").expectStatus(204).expectHeader("X-Is-Custom-Logo", "false");
        }
    }

    @Test
    void aMultipartPostWithoutTheFormTokenIsRefused() throws IOException {
        try (Browser browser = Browser.open(api)) {
            browser.signIn(Team.MANAGER, Team.MANAGER_PASSWORD).go("/admin/customization");
            String session = browser.driver().manage().getCookieNamed("gatehouse_session").getValue();
            ApiClient page = api.withHeader("Cookie", "gatehouse_session=" + session);
            page.postFile("/admin/customization", "logo:file", "logo.png", "image/png", logo()).expectStatus(403);
            page.postFile("/admin/customization.xhtml", "logo:file", "logo.png", "image/png", logo()).expectStatus(403);
            api.get("/api/system/logo").expectStatus(204);
        }
    }

    @Test
    void anAdminNamesTheInstanceAndTheHeaderTheTitleAndTheApiFollow() throws IOException {
        try (Browser browser = Browser.open(api)) {
            browser.signIn(Accounts.ADMIN, Accounts.ADMIN_PASSWORD).go("/admin/customization");
            assertEquals("Customization - Gatehouse", browser.driver().getTitle());
            browser.screenshot("customization", 1280).screenshot("customization-phone", 390).assertAccessible();

            browser.type("#branding\\:appName", "Acme Knowledge").type("#branding\\:supportEmail", "help@")
                    .clickAndWait("#branding\\:save");
            assertEquals("Enter an email address such as help@example.com, or leave it empty.",
                    browser.find("#branding\\:supportEmailMessage").getText());
            assertEquals("Gatehouse", browser.find("#appName").getText(), "nothing was saved");
            browser.screenshot("customization-invalid-email", 1280).assertAccessible();

            browser.type("#branding\\:appName", "Acme Knowledge").type("#branding\\:supportEmail", "help@acme.example")
                    .clickAndWait("#branding\\:save");
            assertEquals("/admin/customization?done=branding", browser.path());
            assertEquals("Acme Knowledge", browser.find("#appName").getText());
            assertEquals("Customization - Acme Knowledge", browser.driver().getTitle());
            api.get("/api/system/custom-app-name").expectJson("{\"customAppName\":\"Acme Knowledge\"}");
            admin.get("/api/system/support-email").expectJson("{\"supportEmail\":\"help@acme.example\"}");

            browser.type("#branding\\:pageTitle", "Acme Help Desk").clickAndWait("#branding\\:save");
            assertEquals("Customization - Acme Help Desk", browser.driver().getTitle());
            assertEquals("Acme Knowledge", browser.find("#appName").getText());

            browser.type("#footer\\:url0", "https://docs.acme.example/help").type("#footer\\:url1", "javascript:alert(1)");
            new org.openqa.selenium.support.ui.Select(browser.find("#footer\\:icon0")).selectByValue("BookOpen");
            browser.clickAndWait("#footer\\:save");
            assertEquals("Only an http:// or https:// address with a host is kept.", browser.find("#footer\\:url1Message").getText());
            assertTrue(browser.find("#messages").getText().contains("The footer links were not saved"), browser.text());
            admin.get("/api/system/footer-data").expectJson("{\"footerData\":\"[]\"}");
            browser.screenshot("customization-footer-refused", 1280).assertAccessible();
            browser.type("#footer\\:url1", "").clickAndWait("#footer\\:save");
            assertEquals("/admin/customization?done=footer", browser.path());
            admin.get("/api/system/footer-data")
                    .expectJson("{\"footerData\":\"[{\\\"icon\\\":\\\"BookOpen\\\",\\\"url\\\":\\\"https://docs.acme.example/help\\\"}]\"}");
            assertEquals("https://docs.acme.example/help", browser.find("#footer\\:url0").getAttribute("value"));

            browser.type("#prompt\\:text", "  Answer briefly, in the user's language.  ").clickAndWait("#prompt\\:save");
            assertEquals("/admin/customization?done=prompt", browser.path());
            assertEquals("Answer briefly, in the user's language.",
                    admin.get("/api/system/default-system-prompt").json().getString("defaultSystemPrompt"));
            upload(browser, Files.write(Files.createTempFile("logo", ".png"), logo()));
            assertEquals("Acme Knowledge", browser.find("#appName").getText(), "logo and name together");
            assertTrue(browser.has("#appLogo"));
            browser.screenshot("customization-customized", 1280).assertAccessible();
            browser.driver().manage().addCookie(new org.openqa.selenium.Cookie("gatehouse_theme", "dark"));
            browser.go("/admin/customization").screenshot("customization-dark", 1280).assertAccessible();
            browser.driver().manage().deleteCookieNamed("gatehouse_theme");

        }
    }

    @Test
    void aDefaultUserGetsTheForbiddenPage() {
        try (Browser browser = Browser.open(api)) {
            browser.signIn(Team.MEMBER, Team.MEMBER_PASSWORD);
            assertFalse(browser.has("#nav-customization"));
            browser.go("/admin/customization");
            assertTrue(browser.has("#forbidden"), browser.text());
            String session = browser.driver().manage().getCookieNamed("gatehouse_session").getValue();
            api.withHeader("Cookie", "gatehouse_session=" + session).get("/admin/customization").expectStatus(403);
        }
    }

    static void upload(Browser browser, Path file) {
        browser.driver().findElement(org.openqa.selenium.By.id("logo:file")).sendKeys(file.toAbsolutePath().toString());
        browser.clickAndWait("#logo\\:upload");
    }

    /** A small PNG: a blue square with a white bar, like a wordmark. */
    static byte[] logo() {
        BufferedImage image = new BufferedImage(96, 32, BufferedImage.TYPE_INT_ARGB);
        for (int x = 0; x < 96; x++) {
            for (int y = 0; y < 32; y++) {
                image.setRGB(x, y, (y > 12 && y < 20 && x > 36) ? Color.WHITE.getRGB() : new Color(37, 99, 235).getRGB());
            }
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
