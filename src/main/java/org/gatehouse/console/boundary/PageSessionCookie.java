package org.gatehouse.console.boundary;

import jakarta.faces.context.ExternalContext;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Optional;

/**
 * The console's session cookie: it carries the same revocable Gatehouse session token the API takes as a
 * bearer token, so ending a user's sessions ends their pages too, on every node. HttpOnly, SameSite=Strict,
 * Secure whenever the browser came over HTTPS, directly or through a trusted TLS-terminating proxy
 * ({@link ConsoleGate} decides that once per request and leaves the answer in {@link #HTTPS}).
 */
final class PageSessionCookie {

    static final String NAME = "gatehouse_session";

    /** The request attribute that says whether the browser reached us over HTTPS. */
    static final String HTTPS = "gatehouse.https";

    private PageSessionCookie() {
    }

    static Optional<String> read(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? Optional.empty() : Arrays.stream(cookies)
                .filter(cookie -> NAME.equals(cookie.getName()) && !cookie.getValue().isEmpty())
                .map(Cookie::getValue).findFirst();
    }

    static void write(HttpServletRequest request, HttpServletResponse response, String token) {
        response.addCookie(cookie(request, token, -1));
    }

    static void clear(HttpServletRequest request, HttpServletResponse response) {
        response.addCookie(cookie(request, "", 0));
    }

    /**
     * Begins a page session from a token {@code LoginService} minted, the same way on every page that signs
     * someone in: any HTTP session from before is dropped, so a session id planted before the sign-in never
     * carries over (session fixation), then the cookie is written.
     */
    static void begin(ExternalContext external, String token) {
        external.invalidateSession();
        write((HttpServletRequest) external.getRequest(), (HttpServletResponse) external.getResponse(), token);
    }

    /** Ends the page session in this browser (the Gatehouse session itself is ended by the caller). */
    static void end(ExternalContext external) {
        clear((HttpServletRequest) external.getRequest(), (HttpServletResponse) external.getResponse());
        external.invalidateSession();
    }

    private static Cookie cookie(HttpServletRequest request, String value, int maxAge) {
        Cookie cookie = new Cookie(NAME, value);
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure() || Boolean.TRUE.equals(request.getAttribute(HTTPS)));
        cookie.setMaxAge(maxAge);
        cookie.setAttribute("SameSite", "Strict");
        return cookie;
    }
}
