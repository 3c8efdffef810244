package org.gatehouse.console.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.shiro.SecurityUtils;
import org.gatehouse.auth.control.AuthMode;
import org.gatehouse.auth.control.AuthModes;
import org.gatehouse.auth.control.Authorization;
import org.gatehouse.auth.control.CurrentCaller;
import org.gatehouse.auth.control.SessionRejectedException;
import org.gatehouse.auth.control.SessionToken;
import org.gatehouse.platform.web.ClientAddresses;
import org.gatehouse.settings.control.Configuration;

/**
 * The console's front door, for every path outside {@code /api}: AnythingLLM's entry paths ({@code /},
 * {@code /login}), and the page session. A console page is served
 * only after the session cookie's token passed the same Shiro realm the API uses, which establishes the
 * caller for {@link org.gatehouse.auth.control.Authorization}; otherwise the visitor is sent to sign in.
 * A post that {@link FormProtection} does not accept is refused before any page sees it.
 */
@ApplicationScoped
public class ConsoleGate {

    static final String SIGN_IN = "/login";
    static final String CONSOLE = "/admin/";
    static final String ACCEPT_INVITE = "/accept-invite/";
    static final String SIMPLE_SSO = "/sso/simple";
    static final String RECOVER = "/recover";
    private static final String NOT_FOUND_VIEW = "/admin/not-found.xhtml";
    private static final String FORBIDDEN_VIEW = "/admin/forbidden.xhtml";

    @Inject
    AuthModes modes;

    @Inject
    CurrentCaller caller;

    @Inject
    FormProtection forms;

    @Inject
    Authorization authorization;

    @Inject
    ClientAddresses addresses;

    @Inject
    Configuration configuration;

    /** Serves {@code path} (relative to the context root) through the console's rules. */
    public void serve(String path, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        request.setAttribute(PageSessionCookie.HTTPS, addresses.isHttps(request));
        if ("POST".equals(request.getMethod()) && !forms.accepts(request)) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("text/plain;charset=utf-8");
            response.getWriter().write("This form was not sent by a page of this console. Reload the page and try again.");
            return;
        }
        if (path.isEmpty() || path.equals("/")) {
            response.sendRedirect(request.getContextPath() + (admit(request, response) ? CONSOLE : SIGN_IN));
        } else if (path.equals(SIGN_IN) || path.equals("/login.xhtml")) {
            if (modes.current() == AuthMode.OPEN) {
                response.sendRedirect(request.getContextPath() + CONSOLE);
            } else if (modes.current() == AuthMode.MULTI_USER && configuration.credentialLoginDisabledBySso()) {
                response.sendRedirect(noLoginTarget(request));
            } else if (path.equals(SIGN_IN)) {
                request.getRequestDispatcher("/login.xhtml").forward(request, response);
            } else {
                chain.doFilter(request, response);
            }
        } else if (path.equals("/admin") || path.startsWith("/admin/")) {
            if (!admit(request, response)) {
                response.sendRedirect(request.getContextPath() + SIGN_IN);
            } else {
                servePage(path, request, response);
            }
        } else if (path.startsWith(ACCEPT_INVITE) && path.length() > ACCEPT_INVITE.length()
                && path.indexOf('/', ACCEPT_INVITE.length()) < 0) {
            request.setAttribute(ConsolePage.PATH_PARAMETER, path.substring(ACCEPT_INVITE.length()));
            request.getRequestDispatcher("/accept-invite.xhtml").forward(request, response);
        } else if (path.equals(SIMPLE_SSO)) {
            request.getRequestDispatcher("/sso-simple.xhtml").forward(request, response);
        } else if (path.equals(RECOVER)) {
            request.getRequestDispatcher("/recover.xhtml").forward(request, response);
        } else {
            chain.doFilter(request, response);
        }
    }

    /**
     * AnythingLLM's login page when Simple SSO turned credential login off: to
     * {@code SIMPLE_SSO_NO_LOGIN_REDIRECT} when one is set and the visit carries no token, else to the
     * Simple SSO landing (with the token, if any).
     */
    private String noLoginTarget(HttpServletRequest request) {
        String token = request.getParameter("token");
        Optional<String> redirect = configuration.simpleSsoNoLoginRedirect();
        if (redirect.isPresent() && token == null) {
            return redirect.get();
        }
        return request.getContextPath() + SIMPLE_SSO
                + (token == null ? "" : "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
    }

    /**
     * A console page for an admitted caller: only addresses of {@link ConsolePage} exist, and only for a
     * caller the page's access allows; the others get the console's own 404 or 403 page.
     */
    private void servePage(String path, HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        Optional<ConsolePage.Match> match = ConsolePage.at(path);
        if (match.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            request.getRequestDispatcher(NOT_FOUND_VIEW).forward(request, response);
        } else if (!match.get().page().allows(authorization)) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            request.getRequestDispatcher(FORBIDDEN_VIEW).forward(request, response);
        } else {
            request.setAttribute(ConsolePage.CURRENT, match.get().page());
            if (match.get().parameter() != null) {
                request.setAttribute(ConsolePage.PATH_PARAMETER, match.get().parameter());
            }
            request.getRequestDispatcher(match.get().page().view()).forward(request, response);
        }
    }

    /** Whether this request belongs to a live page session (an open instance needs none). */
    private boolean admit(HttpServletRequest request, HttpServletResponse response) {
        AuthMode mode = modes.current();
        if (mode == AuthMode.OPEN) {
            caller.establish(mode);
            return true;
        }
        Optional<String> token = PageSessionCookie.read(request);
        if (token.isEmpty()) {
            return false;
        }
        try {
            SecurityUtils.getSubject().login(new SessionToken(token.get(), mode));
            caller.establish(mode);
            return true;
        } catch (SessionRejectedException ended) {
            // Only the realm's verdict ends the page session: Shiro wraps any other failure (a database's)
            // in AuthenticationException, which is an error of the server, not a reason to sign anyone out.
            PageSessionCookie.clear(request, response);
            return false;
        }
    }

    /** An answer that carries a secret shown once (recovery codes, a reset token) is never stored by a cache. */
    static void noStore(ExternalContext external) {
        ((HttpServletResponse) external.getResponse()).setHeader("Cache-Control", "no-store");
    }
}
