package org.gatehouse.auth.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.gatehouse.auth.control.CurrentCaller;
import org.gatehouse.auth.control.SingleUserPassword;
import org.gatehouse.platform.json.JsValues;
import org.gatehouse.platform.json.WireObject;
import org.gatehouse.platform.rest.ErrorMapper;

/** E17: single-user password management; text 401 in multi-user mode. */
@Path("system/update-password")
@ValidatedRequest
public class UpdatePasswordResource {

    @Inject
    CurrentCaller caller;

    @Inject
    SingleUserPassword password;

    @POST
    public Response updatePassword(JsonObject body) {
        if (caller.mode().isMultiUser()) {
            return ErrorMapper.statusText(401);
        }
        if (!JsValues.truthy(body.get("usePassword"))) {
            password.disable();
            return json(WireObject.create().put("success", true).put("error", (String) null).build());
        }
        Optional<String> refused = password.change(
                body.containsKey("newPassword") ? JsValues.string(body.get("newPassword")) : null);
        return json(refused
                .map(error -> WireObject.create().put("success", false).put("error", error).build())
                .orElseGet(() -> WireObject.create().put("success", true).build()));
    }

    private static Response json(JsonObject body) {
        return Response.ok(body, WireObject.JSON_UTF8).build();
    }
}
