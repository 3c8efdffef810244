package org.gatehouse.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gatehouse.testing.Accounts;
import org.gatehouse.testing.ApiClient;
import org.gatehouse.testing.ApiResponse;
import org.gatehouse.testing.GatehouseIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The page session cookie's attributes as the sign-in form sets them: HttpOnly and SameSite always, Secure
 * when the browser came over HTTPS, including through a TLS-terminating proxy of
 * {@code GATEHOUSE_TRUSTED_PROXIES} (and only then: anyone else's {@code X-Forwarded-Proto} is ignored).
 */
class PageSessionCookieIT extends GatehouseIT {

    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"gatehouse_form_token\" value=\"([^\"]+)\"");

    @BeforeEach
    void multiUser() {
        Accounts accounts = new Accounts(api);
        accounts.enableMultiUser();
        // The first sign-in answers with the recovery codes; the sign-ins here are the ordinary ones.
        accounts.login(Accounts.ADMIN, Accounts.ADMIN_PASSWORD);
    }

    private String signInCookie(ApiClient client) {
        Matcher token = FORM_TOKEN.matcher(client.get("/login").expectStatus(200).text());
        assertTrue(token.find(), "the sign-in form carries its token");
        String form = "signIn=signIn&signIn%3Ausername=" + Accounts.ADMIN + "&signIn%3Apassword="
                + URLEncoder.encode(Accounts.ADMIN_PASSWORD, StandardCharsets.UTF_8)
                + "&signIn%3Asubmit=&jakarta.faces.ViewState=stateless&gatehouse_form_token=" + token.group(1);
        ApiResponse response = client.send("POST", "/login.xhtml", "application/x-www-form-urlencoded", form);
        assertEquals(302, response.status(), response.text());
        return response.header("Set-Cookie").filter(c -> c.startsWith("gatehouse_session=")).orElseThrow();
    }

    @Test
    void overPlainHttpTheCookieIsHttpOnlyAndSameSiteButNotSecure() {
        String cookie = signInCookie(api);
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.contains("SameSite=Strict"), cookie);
        assertFalse(cookie.contains("Secure"), cookie);
    }

    @Test
    void behindATrustedTlsProxyTheCookieIsSecure() {
        controls.setEnv("GATEHOUSE_TRUSTED_PROXIES", "127.0.0.1");
        String cookie = signInCookie(api.withHeader("X-Forwarded-Proto", "https"));
        assertTrue(cookie.contains("Secure"), cookie);
    }

    @Test
    void anUntrustedForwardedProtoChangesNothing() {
        controls.setEnv("GATEHOUSE_TRUSTED_PROXIES", "192.0.2.1");
        String cookie = signInCookie(api.withHeader("X-Forwarded-Proto", "https"));
        assertFalse(cookie.contains("Secure"), cookie);
    }
}
