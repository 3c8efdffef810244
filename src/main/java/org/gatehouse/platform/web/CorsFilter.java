package org.gatehouse.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * CORS as AnythingLLM's {@code cors({origin: true})} does it (contract 1.1): the request's Origin is
 * reflected (no credentials header), every response varies on Origin, and preflight requests are
 * answered here with 204 and the requested headers reflected.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class CorsFilter extends HttpFilter {

    static final String ALLOWED_METHODS = "GET,HEAD,PUT,PATCH,POST,DELETE";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.addHeader("Vary", "Origin");
        String origin = request.getHeader("Origin");
        if (origin != null) {
            response.setHeader("Access-Control-Allow-Origin", origin);
        }
        if ("OPTIONS".equals(request.getMethod()) && request.getHeader("Access-Control-Request-Method") != null) {
            response.setHeader("Access-Control-Allow-Methods", ALLOWED_METHODS);
            String requestedHeaders = request.getHeader("Access-Control-Request-Headers");
            if (requestedHeaders != null) {
                response.setHeader("Access-Control-Allow-Headers", requestedHeaders);
                response.addHeader("Vary", "Access-Control-Request-Headers");
            }
            response.setContentLength(0);
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        chain.doFilter(request, response);
    }
}
