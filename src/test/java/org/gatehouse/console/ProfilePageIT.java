package org.gatehouse.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.gatehouse.testing.Browser;
import org.gatehouse.testing.Team;
import org.gatehouse.testing.TeamIT;
import org.junit.jupiter.api.Test;

/** The own profile as a default user: details with E19's rules, the password with the current one, the picture. */
class ProfilePageIT extends TeamIT {

    private static final String NEW_PASSWORD = "dans-new-password-2026";

    @Test
    void aUserSavesTheirBioAndIsToldWhichUsernameRuleTheyBroke() {
        try (Browser browser = Browser.open(api)) {
            browser.signIn(Team.MEMBER, Team.MEMBER_PASSWORD).clickAndWait("#nav-profile");
            assertEquals("/admin/profile", browser.path());
            assertEquals(Team.MEMBER, browser.find("#profile\\:username").getAttribute("value"));
            browser.screenshot("profile", 1280).screenshot("profile-phone", 390).assertAccessible();

            browser.type("#profile\\:username", "Not Valid!").clickAndWait("#profile\\:save");
            assertTrue(browser.find("#profile\\:usernameMessage").getText().startsWith("Username must start with a lowercase letter"),
                    browser.find("#profile\\:usernameMessage").getText());
            browser.screenshot("profile-invalid-username", 1280).assertAccessible();
            browser.driver().manage().addCookie(new org.openqa.selenium.Cookie("gatehouse_theme", "dark"));
            browser.go("/admin/profile").screenshot("profile-dark", 1280).assertAccessible();
            browser.driver().manage().deleteCookieNamed("gatehouse_theme");
            browser.go("/admin/profile");

            browser.type("#profile\\:username", Team.MEMBER).type("#profile\\:bio", "Librarian of the third floor")
                    .clickAndWait("#profile\\:save");
            assertEquals("/admin/profile?done=profile", browser.path());
            assertTrue(browser.find("#messages").getText().contains("Your profile was saved."), browser.text());
            assertEquals("Librarian of the third floor", browser.find("#profile\\:bio").getAttribute("value"));
            assertEquals(1, controls.events("user_updated").size());
        }
    }

    @Test
    void aPasswordChangeNeedsTheCurrentPasswordKeepsThisPageAndEndsTheOtherSessions() {
        try (Browser browser = Browser.open(api)) {
            browser.signIn(Team.MEMBER, Team.MEMBER_PASSWORD).go("/admin/profile");
            changePassword(browser, "not-the-current-one", NEW_PASSWORD, NEW_PASSWORD);
            assertEquals("The current password is not correct.", browser.find("#password\\:currentPasswordMessage").getText());
            browser.screenshot("profile-wrong-current-password", 1280).assertAccessible();
            changePassword(browser, Team.MEMBER_PASSWORD, "short", "short");
            assertEquals("password should be at least 8 characters long", browser.find("#password\\:newPasswordMessage").getText());
            changePassword(browser, Team.MEMBER_PASSWORD, NEW_PASSWORD, NEW_PASSWORD + "!");
            assertEquals("Passwords do not match", browser.find("#password\\:confirmPasswordMessage").getText());
            assertTrue(controls.events("user_updated").isEmpty(), "nothing changed so far");

            changePassword(browser, Team.MEMBER_PASSWORD, NEW_PASSWORD, NEW_PASSWORD);
            assertEquals("/admin/profile?done=password", browser.path());
            assertTrue(browser.find("#messages").getText().contains("Your password was changed."), browser.text());
            browser.go("/admin/");
            assertEquals("/admin/", browser.path(), "the page that changed the password stays signed in");
            member.get("/api/system/check-token").expectStatus(401);
        }
        try (Browser browser = Browser.open(api)) {
            browser.signIn(Team.MEMBER, NEW_PASSWORD);
        }
    }

    @Test
    void aUserUploadsAndRemovesAPictureAndOnlyImagesWithinTheLimitAreTaken() throws IOException {
        Path png = picture(64);
        Path text = Files.writeString(Files.createTempFile("not-a-picture", ".png"), "just some text");
        try (Browser browser = Browser.open(api)) {
            browser.signIn(Team.MEMBER, Team.MEMBER_PASSWORD).go("/admin/profile");
            assertTrue(browser.has("#noAvatar"));
            upload(browser, text);
            assertEquals("Only PNG, JPEG, GIF and WebP pictures are accepted.", browser.find("#picture\\:fileMessage").getText());
            browser.screenshot("profile-not-a-picture", 1280).assertAccessible();

            upload(browser, png);
            assertEquals("/admin/profile?done=picture", browser.path());
            assertTrue(browser.find("#avatar").getAttribute("src").startsWith("data:image/png;base64,"));
            browser.screenshot("profile-with-picture", 1280).screenshot("profile-with-picture-phone", 390).assertAccessible();

            controls.setEnv("GATEHOUSE_IMAGE_MAX_BYTES", "100");
            upload(browser, picture(200));
            assertEquals("The picture is larger than 100 bytes.", browser.find("#picture\\:fileMessage").getText());
            assertTrue(browser.has("#avatar"), "a refused upload keeps the picture");

            browser.clickAndWait("#removePicture\\:remove");
            assertEquals("/admin/profile?done=pictureRemoved", browser.path());
            assertTrue(browser.has("#noAvatar"));
            assertFalse(browser.has("#avatar"));
        }
    }

    private static void changePassword(Browser browser, String current, String password, String confirmation) {
        browser.type("input#password\\:currentPassword", current).type("input#password\\:newPassword", password)
                .type("input#password\\:confirmPassword", confirmation).clickAndWait("#password\\:change");
    }

    private static void upload(Browser browser, Path file) {
        browser.driver().findElement(org.openqa.selenium.By.id("picture:file")).sendKeys(file.toAbsolutePath().toString());
        browser.clickAndWait("#picture\\:upload");
    }

    /** A PNG of noise, so its size grows with its side. */
    private static Path picture(int side) {
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
        java.util.Random random = new java.util.Random(side);
        for (int x = 0; x < side; x++) {
            for (int y = 0; y < side; y++) {
                image.setRGB(x, y, side < 100 ? new Color(30, 64, 175).getRGB() : random.nextInt());
            }
        }
        try {
            Path file = Files.createTempFile("picture", ".png");
            ImageIO.write(image, "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
