package org.gatehouse.console.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The light or dark look, chosen by the visitor and kept in the browser ({@code gatehouse_theme} cookie,
 * set by {@code console.js}): a preference of this browser, not of the account, so no node holds it.
 * PrimeFaces 15 ships one free theme (saga-blue); the dark variant is {@code console-dark.css} over it.
 */
@Named
@RequestScoped
public class ConsoleTheme {

    static final String COOKIE = "gatehouse_theme";

    @Inject
    HttpServletRequest request;

    /** Whether this browser asked for the dark look. */
    public boolean isDark() {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName())) {
                    return "dark".equals(cookie.getValue());
                }
            }
        }
        return false;
    }
}
