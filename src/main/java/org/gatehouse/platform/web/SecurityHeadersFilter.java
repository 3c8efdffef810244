package org.gatehouse.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The security headers of every response, API and console, set in this one place before anything else
 * runs (web.xml maps it first), so errors and refusals carry them too.
 *
 * <ul>
 * <li>{@code Referrer-Policy: same-origin}: no other site learns a console address (they carry invite
 * codes and Simple SSO tokens), while the console's own posts keep their {@code Origin} header, which its
 * forgery check needs; {@code no-referrer} would make browsers send {@code Origin: null} on them.</li>
 * <li>{@code Cache-Control: no-store} on every API answer: sign-in tokens, API keys, recovery codes and
 * reset tokens travel in API answers, and no cache may keep one. A resource that sets its own
 * {@code Cache-Control} replaces this default (JAX-RS writes its headers over the servlet's).</li>
 * <li>{@code Server}: the container's name and version tell an attacker which vulnerabilities to try.
 * Setting the header here replaces Payara's; WildFly and TomEE send none by default.</li>
 * </ul>
 */
public class SecurityHeadersFilter extends HttpFilter {

    /** PrimeFaces renders inline scripts and styles; everything else comes from this origin only. */
    static final String CONSOLE_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** API answers are data, never a document to render or frame. */
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

    static final String SERVER = "Gatehouse";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean api = isApi(request);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Content-Security-Policy", api ? API_POLICY : CONSOLE_POLICY);
        response.setHeader("Server", SERVER);
        if (api) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }

    /** {@code /api} and everything under it. */
    public static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/api") || path.startsWith("/api/");
    }
}
