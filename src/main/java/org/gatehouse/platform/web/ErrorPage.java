package org.gatehouse.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.gatehouse.platform.rest.ErrorMapper;

/**
 * The container's error page (web.xml): errors answered with {@code sendError} rather than a body (Jersey's
 * own 400 for a Content-Type or Accept header it cannot parse, before any exception mapper; a method no
 * servlet implements; a path no servlet serves; an exception that escapes a filter) answer like Express's
 * {@code sendStatus}, the reason phrase as text, instead of the server's HTML report that names the product
 * and can carry a stack trace.
 */
@WebServlet(ErrorPage.PATH)
public class ErrorPage extends HttpServlet {

    static final String PATH = "/__error";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer number ? number : HttpServletResponse.SC_NOT_FOUND;
        if (status == HttpServletResponse.SC_NOT_IMPLEMENTED) {
            // A method no servlet implements (PATCH, PROPFIND, a lower-case "get") is, to the client, one this
            // path does not allow: 405, as JAX-RS answers on its own routes, not a server error.
            status = HttpServletResponse.SC_METHOD_NOT_ALLOWED;
        }
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType("text/plain;charset=utf-8");
        byte[] body = String.valueOf(ErrorMapper.statusText(status).getEntity()).getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }
}
