package org.gatehouse.invites.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import org.gatehouse.auth.boundary.CredentialLogin;
import org.gatehouse.invites.control.Invitations;
import org.gatehouse.invites.entity.Invite;
import org.gatehouse.platform.json.WireObject;

/** E27 and E28: anyone holding a code checks it and creates an account with it; no session needed. */
@Path("invite/{code}")
@Produces(WireObject.JSON_UTF8)
public class InviteResource {

    @Inject
    Invitations invitations;

    @GET
    public JsonObject check(@PathParam("code") String code) {
        Invite invite = invitations.byCode(code).orElse(null);
        if (invite == null) {
            return failure("Invite not found.");
        }
        if (!Invite.PENDING.equals(invite.getStatus())) {
            return failure("Invite is no longer valid.");
        }
        return WireObject.create()
                .putValue("invite", WireObject.create().put("code", invite.getCode()).put("status", invite.getStatus()).build())
                .put("error", (String) null).build();
    }

    @POST
    @CredentialLogin
    public JsonObject accept(@PathParam("code") String code, JsonObject body) {
        String error = invitations.accept(code, body).orElse(null);
        return WireObject.create().put("success", error == null).put("error", error).build();
    }

    private static JsonObject failure(String error) {
        return WireObject.create().put("invite", (String) null).put("error", error).build();
    }
}
