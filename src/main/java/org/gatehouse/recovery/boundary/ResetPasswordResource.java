package org.gatehouse.recovery.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.gatehouse.auth.boundary.MultiUserSetup;
import org.gatehouse.platform.json.WireObject;
import org.gatehouse.recovery.control.AccountRecovery;

/** E16: a reset token sets a new password. */
@Path("system/reset-password")
@MultiUserSetup
public class ResetPasswordResource {

    @Inject
    AccountRecovery recovery;

    @POST
    public Response reset(JsonObject body) {
        AccountRecovery.Reset reset = recovery.reset(text(body, "token"), text(body, "newPassword"),
                text(body, "confirmPassword"));
        WireObject answer = WireObject.create().put("success", reset.success()).putIfDefined("message", reset.message());
        return Response.status(reset.success() ? 200 : 400).type(WireObject.JSON_UTF8).entity(answer.build()).build();
    }

    private static String text(JsonObject body, String key) {
        return body.get(key) instanceof JsonString value ? value.getString() : null;
    }
}
