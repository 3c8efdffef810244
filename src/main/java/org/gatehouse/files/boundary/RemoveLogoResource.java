package org.gatehouse.files.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.gatehouse.auth.boundary.FlexRoles;
import org.gatehouse.auth.boundary.ValidatedRequest;
import org.gatehouse.files.control.Logos;
import org.gatehouse.users.entity.Role;

/** E64, {@code GET /api/system/remove-logo}: a GET that changes state, as AnythingLLM's web client calls it. */
@Path("system/remove-logo")
@ValidatedRequest
@FlexRoles({Role.ADMIN, Role.MANAGER})
public class RemoveLogoResource {

    @Inject
    Logos logos;

    @GET
    public Response remove() {
        logos.remove();
        return Messages.message(200, "Logo removed successfully.");
    }
}
