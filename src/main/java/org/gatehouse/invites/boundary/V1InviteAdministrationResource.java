package org.gatehouse.invites.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.gatehouse.auth.boundary.MultiUserOnly;
import org.gatehouse.auth.boundary.ValidApiKey;
import org.gatehouse.invites.control.Invitations;
import org.gatehouse.platform.json.WireObject;
import org.gatehouse.platform.rest.PathIds;

/** E92 and E93, invitations through the developer API ({@code createdBy} is 0; no events, as in AnythingLLM). */
@Path("v1/admin/invite")
@ValidApiKey
@MultiUserOnly
@Produces(WireObject.JSON_UTF8)
public class V1InviteAdministrationResource {

    @Inject
    Invitations invitations;

    /** E92. */
    @POST
    @Path("new")
    public JsonObject create(JsonObject body) {
        return InviteJson.created(invitations.createByApi(InviteJson.newInvite(body)));
    }

    /** E93: 400 for an id that is none, 404 for no such invite. */
    @DELETE
    @Path("{id}")
    public Response deactivate(@PathParam("id") String id) {
        return PathIds.parse(id)
                .map(inviteId -> invitations.deactivateByApi(inviteId).isDone() ? answer(200, null)
                        : answer(404, "Invite not found or already disabled"))
                .orElseGet(() -> answer(400, "Invalid invite id"));
    }

    private static Response answer(int status, String error) {
        return Response.status(status).type(WireObject.JSON_UTF8)
                .entity(WireObject.create().put("success", error == null).put("error", error).build()).build();
    }
}
