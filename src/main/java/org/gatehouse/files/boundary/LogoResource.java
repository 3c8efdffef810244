package org.gatehouse.files.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.gatehouse.files.control.Logos;

/**
 * E10, {@code GET /api/system/logo}: the custom logo, or 204 so the web client shows its own default
 * (Gatehouse does not ship AnythingLLM's artwork). No authentication: the login page shows it.
 */
@Path("system/logo")
public class LogoResource {

    static final String EXPOSED = "Content-Disposition,X-Is-Custom-Logo,Content-Type,Content-Length";

    @Inject
    Logos logos;

    @GET
    public Response logo() {
        return logos.custom()
                .flatMap(StoredFileAnswer::of)
                .map(answer -> answer.header("X-Is-Custom-Logo", "true"))
                .orElseGet(() -> Response.noContent().header("X-Is-Custom-Logo", "false"))
                .header("Access-Control-Expose-Headers", EXPOSED)
                .build();
    }
}
