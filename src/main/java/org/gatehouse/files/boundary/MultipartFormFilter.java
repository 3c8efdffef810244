package org.gatehouse.files.boundary;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import org.gatehouse.platform.rest.ErrorMapper;

/**
 * {@code @Consumes(multipart/form-data)} also admits a wildcard Content-Type ({@code *}{@code /*},
 * {@code multipart/*}) and one without a boundary, which the multipart reader then fails on with an
 * unexpected error. Those are refused before the body is read: a wildcard as any other type that is not
 * multipart/form-data (415), a missing boundary as a malformed body (400). Runs after the guards, so an
 * unauthenticated caller still gets their 401.
 */
@Provider
@MultipartForm
@Priority(Priorities.ENTITY_CODER)
public class MultipartFormFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        if (type == null || !type.getType().equalsIgnoreCase("multipart") || !type.getSubtype().equalsIgnoreCase("form-data")) {
            request.abortWith(ErrorMapper.statusText(415));
            return;
        }
        String boundary = type.getParameters().get("boundary");
        if (boundary == null || boundary.isBlank()) {
            request.abortWith(ErrorMapper.statusText(400));
        }
    }
}
