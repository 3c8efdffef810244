package org.gatehouse.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * CORS as AnythingLLM's {@code cors({origin: true})} does it (contract 1.1): the request's Origin is
 * reflected (no credentials header), every response varies on Origin, and every OPTIONS request is
 * answered here, as the {@code cors} package answers it whether or not it is a preflight: 204, the allowed
 * methods, and the requested headers reflected. (Mapped in web.xml, after the security headers.)
 */
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
        if ("OPTIONS".equals(request.getMethod())) {
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
