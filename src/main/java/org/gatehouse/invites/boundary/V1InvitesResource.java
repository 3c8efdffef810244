package org.gatehouse.invites.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import org.gatehouse.auth.boundary.MultiUserOnly;
import org.gatehouse.auth.boundary.ValidApiKey;
import org.gatehouse.invites.control.Invitations;
import org.gatehouse.platform.json.WireObject;

/** E91: every invitation, through the developer API (the same list as E24). */
@Path("v1/admin/invites")
@ValidApiKey
@MultiUserOnly
@Produces(WireObject.JSON_UTF8)
public class V1InvitesResource {

    @Inject
    Invitations invitations;

    @GET
    public JsonObject list() {
        return InviteJson.list(invitations.listed());
    }
}
