package org.gatehouse.recovery.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import org.gatehouse.platform.web.ClientAddresses;
import org.gatehouse.auth.boundary.MultiUserSetup;
import org.gatehouse.platform.json.WireObject;
import org.gatehouse.recovery.control.AccountRecovery;

/** E15: two recovery codes buy a reset token. */
@Path("system/recover-account")
@MultiUserSetup
public class RecoverAccountResource {

    @Inject
    AccountRecovery recovery;

    @Context
    HttpServletRequest request;

    @Inject
    ClientAddresses addresses;

    @POST
    public Response recover(JsonObject body) {
        String ip = addresses.of(request);
        return recovery.recover(body.get("username"), body.get("recoveryCodes"), ip)
                .map(token -> Response.ok(WireObject.create().put("success", true).put("resetToken", token).build(),
                        WireObject.JSON_UTF8).build())
                .orElseGet(() -> Response.status(400).type(WireObject.JSON_UTF8).entity(WireObject.create()
                        .put("success", false).put("message", "Invalid recovery codes.").build()).build());
    }
}
