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
import org.gatehouse.users.control.UserDirectory;

/** E91: every invitation, through the developer API. */
@Path("v1/admin/invites")
@ValidApiKey
@MultiUserOnly
@Produces(WireObject.JSON_UTF8)
public class V1InvitesResource {

    @Inject
    Invitations invitations;

    @Inject
    UserDirectory users;

    /** E91. */
    @GET
    public JsonObject list() {
        return InviteJson.list(invitations.all(), users);
    }
}
