package org.gatehouse.invites.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import org.gatehouse.auth.boundary.CredentialLogin;
import org.gatehouse.auth.control.CurrentCaller;
import org.gatehouse.auth.boundary.StrictRoles;
import org.gatehouse.auth.boundary.ValidatedRequest;
import org.gatehouse.invites.control.Invitations;
import org.gatehouse.invites.entity.Invite;
import org.gatehouse.platform.json.WireObject;
import org.gatehouse.users.entity.Role;

/** E25 and E26: administrators and managers create and deactivate invitations. */
@Path("admin/invite")
@ValidatedRequest
@StrictRoles({Role.ADMIN, Role.MANAGER})
@Produces(WireObject.JSON_UTF8)
public class InviteAdministrationResource {

    @Inject
    Invitations invitations;

    @Inject
    CurrentCaller caller;

    /** E25. */
    @POST
    @Path("new")
    @CredentialLogin
    public JsonObject create(JsonObject body) {
        Invite invite = invitations.create(caller.user().orElseThrow(), body.get("workspaceIds"));
        return WireObject.create().putValue("invite", InviteJson.raw(invite)).put("error", (String) null).build();
    }

    /** E26. */
    @DELETE
    @Path("{id}")
    public JsonObject deactivate(@PathParam("id") String id) {
        String error = invitations.deactivate(caller.user().orElseThrow(), id).orElse(null);
        return WireObject.create().put("success", error == null).put("error", error).build();
    }
}
