package org.gatehouse.invites.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import org.gatehouse.auth.boundary.StrictRoles;
import org.gatehouse.auth.boundary.ValidatedRequest;
import org.gatehouse.invites.control.Invitations;
import org.gatehouse.platform.json.WireObject;
import org.gatehouse.users.entity.Role;

/** E24: every invitation, with creator and claimer, for administrators and managers. */
@Path("admin/invites")
@ValidatedRequest
@StrictRoles({Role.ADMIN, Role.MANAGER})
@Produces(WireObject.JSON_UTF8)
public class InvitesResource {

    @Inject
    Invitations invitations;

    @GET
    public JsonObject list() {
        return InviteJson.list(invitations.listed());
    }
}
