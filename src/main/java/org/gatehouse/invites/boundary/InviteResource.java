package org.gatehouse.invites.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import org.gatehouse.auth.boundary.CredentialLogin;
import org.gatehouse.invites.control.InviteClaim;
import org.gatehouse.invites.control.Invitations;
import org.gatehouse.invites.entity.Invite;
import org.gatehouse.platform.control.Outcome;
import org.gatehouse.platform.json.WireObject;
import org.gatehouse.users.boundary.UserFields;
import org.gatehouse.users.control.NewUser;

/** E27 and E28: anyone holding a code checks it and creates an account with it; no session needed. */
@Path("invite/{code}")
@Produces(WireObject.JSON_UTF8)
public class InviteResource {

    @Inject
    Invitations invitations;

    @GET
    public JsonObject check(@PathParam("code") String code) {
        Outcome<Invite> checked = invitations.check(code);
        JsonObject invite = checked instanceof Outcome.Done<Invite> done
                ? WireObject.create().put("code", done.value().getCode()).put("status", done.value().getStatus()).build()
                : null;
        return WireObject.create().putValue("invite", invite == null ? jakarta.json.JsonValue.NULL : invite)
                .put("error", checked.error()).build();
    }

    @POST
    @CredentialLogin
    public JsonObject accept(@PathParam("code") String code, JsonObject body) {
        NewUser credentials = UserFields.credentials(body);
        Outcome<?> accepted = invitations.accept(new InviteClaim(code, credentials.username(), credentials.password()));
        return WireObject.create().put("success", accepted.isDone()).put("error", accepted.error()).build();
    }
}
