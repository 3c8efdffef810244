package org.gatehouse.invites.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import org.gatehouse.auth.boundary.CredentialLogin;
import org.gatehouse.auth.boundary.StrictRoles;
import org.gatehouse.auth.boundary.ValidatedRequest;
import org.gatehouse.auth.control.CurrentCaller;
import org.gatehouse.invites.control.Invitations;
import org.gatehouse.invites.entity.Invite;
import org.gatehouse.platform.control.Outcome;
import org.gatehouse.platform.json.WireObject;
import org.gatehouse.platform.rest.PathIds;
import org.gatehouse.users.entity.Role;

/** E25 and E26: administrators and managers create and deactivate invitations. */
@Path("admin/invite")
@ValidatedRequest
@StrictRoles({Role.ADMIN, Role.MANAGER})
@Produces(WireObject.JSON_UTF8)
public class InviteAdministrationResource {

    /** AnythingLLM's answer when the id cannot be read (its generic failure). */
    static final String FAILED = "Failed to deactivate invite";

    @Inject
    Invitations invitations;

    @Inject
    CurrentCaller caller;

    /** E25. */
    @POST
    @Path("new")
    @CredentialLogin
    public JsonObject create(JsonObject body) {
        return InviteJson.created(invitations.create(caller.user().orElseThrow(), InviteJson.newInvite(body)));
    }

    /** E26: every failure is a 200 with the error. */
    @DELETE
    @Path("{id}")
    public JsonObject deactivate(@PathParam("id") String id) {
        Outcome<Invite> result = PathIds.parse(id)
                .map(inviteId -> invitations.deactivate(caller.user().orElseThrow(), inviteId))
                .orElseGet(() -> Outcome.refused(FAILED));
        return WireObject.create().put("success", result.isDone()).put("error", result.error()).build();
    }
}
