package org.gatehouse.recovery.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.util.List;
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
        JsonValue username = body.get("username");
        String name = username instanceof JsonString text ? text.getString() : String.valueOf(username);
        return recovery.recover(name, textItems(body.get("recoveryCodes")), addresses.of(request))
                .map(token -> Response.ok(WireObject.create().put("success", true).put("resetToken", token).build(),
                        WireObject.JSON_UTF8).build())
                .orElseGet(() -> Response.status(400).type(WireObject.JSON_UTF8).entity(WireObject.create()
                        .put("success", false).put("message", AccountRecovery.INVALID_CODES).build()).build());
    }

    /** The text items of an array; anything else holds no code (Gatehouse answers it as wrong codes). */
    private static List<String> textItems(JsonValue codes) {
        if (!(codes instanceof JsonArray array)) {
            return List.of();
        }
        return array.stream().filter(JsonString.class::isInstance).map(item -> ((JsonString) item).getString()).toList();
    }
}
