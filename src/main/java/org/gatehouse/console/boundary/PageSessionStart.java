package org.gatehouse.console.boundary;

import jakarta.faces.context.ExternalContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Begins a page session from a token {@code LoginService} minted, the same way on every page that signs
 * someone in (sign-in, accepting an invitation): any HTTP session from before is dropped, so a session id
 * planted before the sign-in never carries over (session fixation), then the session cookie is written.
 */
final class PageSessionStart {

    private PageSessionStart() {
    }

    static void begin(ExternalContext external, String token) {
        external.invalidateSession();
        PageSessionCookie.write((HttpServletRequest) external.getRequest(), (HttpServletResponse) external.getResponse(),
                token);
    }
}
