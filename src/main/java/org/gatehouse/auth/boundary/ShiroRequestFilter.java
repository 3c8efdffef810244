package org.gatehouse.auth.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.shiro.subject.support.DefaultSubjectContext;
import org.apache.shiro.web.servlet.AbstractShiroFilter;
import org.gatehouse.auth.control.GatehouseSecurityManager;
import org.gatehouse.console.boundary.ConsoleGate;

/**
 * Binds a Shiro subject to every request so the JAX-RS guards ({@link ValidatedRequest},
 * {@link StrictRoles}, {@link FlexRoles}) and services can ask it who is calling. Requests under
 * {@code /api} are stateless: they never create an HTTP session (each carries its own credential); every
 * other request goes through the console's {@link ConsoleGate}.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class ShiroRequestFilter extends AbstractShiroFilter {

    @Inject
    GatehouseSecurityManager security;

    @Inject
    ConsoleGate console;

    @Override
    public void init() {
        setSecurityManager(security.manager());
        setStaticSecurityManagerEnabled(false);
    }

    @Override
    protected void doFilterInternal(ServletRequest request, ServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isApi(request)) {
            request.setAttribute(DefaultSubjectContext.SESSION_CREATION_ENABLED, Boolean.FALSE);
        }
        super.doFilterInternal(request, response, chain);
    }

    /** Inside the bound subject: API requests go on as they are, everything else through the console's gate. */
    @Override
    protected void executeChain(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (isApi(request) || !(request instanceof HttpServletRequest http) || !(response instanceof HttpServletResponse page)) {
            chain.doFilter(request, response);
        } else {
            console.serve(path(http), http, page, chain);
        }
    }

    private static boolean isApi(ServletRequest request) {
        if (!(request instanceof HttpServletRequest http)) {
            return true;
        }
        String path = path(http);
        return path.equals("/api") || path.startsWith("/api/");
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
