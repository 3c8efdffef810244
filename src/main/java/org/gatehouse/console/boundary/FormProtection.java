package org.gatehouse.console.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.gatehouse.auth.control.SessionTokens;

/**
 * Cross-site request forgery protection for the console's forms, without server-side state: every form
 * carries {@link #FIELD}, an HMAC of the page session's token under the server's shared secret, and every
 * post must carry the one for its own session cookie and come from this origin (by {@code Origin}, else
 * {@code Sec-Fetch-Site}). Views are stateless, so any node can take any post.
 */
@Named
@ApplicationScoped
public class FormProtection {

    /** The form field that carries the token. */
    public static final String FIELD = "gatehouse_form_token";

    @Inject
    SessionTokens tokens;

    @Inject
    HttpServletRequest request;

    /** The token this request's forms must carry. */
    public String getToken() {
        return expected(request);
    }

    /** Whether a post may go on: same origin, and the token of its own page session. */
    boolean accepts(HttpServletRequest post) {
        String given = post.getParameter(FIELD);
        return sameOrigin(post) && given != null && MessageDigest.isEqual(
                given.getBytes(StandardCharsets.UTF_8), expected(post).getBytes(StandardCharsets.UTF_8));
    }

    private String expected(HttpServletRequest from) {
        return tokens.formToken(PageSessionCookie.read(from).orElse(""));
    }

    private static boolean sameOrigin(HttpServletRequest post) {
        String origin = post.getHeader("Origin");
        String host = post.getHeader("Host");
        if (origin != null && !origin.equals("null")) {
            try {
                URI uri = URI.create(origin);
                String authority = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
                return host != null && host.equalsIgnoreCase(authority);
            } catch (IllegalArgumentException unreadable) {
                return false;
            }
        }
        String site = post.getHeader("Sec-Fetch-Site");
        return site == null || site.equals("same-origin") || site.equals("none");
    }
}
