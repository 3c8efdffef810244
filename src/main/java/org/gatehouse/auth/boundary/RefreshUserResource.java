package org.gatehouse.auth.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import org.gatehouse.auth.control.CurrentCaller;
import org.gatehouse.platform.json.WireObject;
import org.gatehouse.users.boundary.UserJson;

/** E14: the signed-in user as stored now (null in single-user mode). */
@Path("system/refresh-user")
@ValidatedRequest
public class RefreshUserResource {

    @Inject
    CurrentCaller caller;

    @GET
    @Produces(WireObject.JSON_UTF8)
    public JsonObject refreshUser() {
        return WireObject.create()
                .put("success", true)
                .putValue("user", caller.user().<JsonValue>map(UserJson::filtered).orElse(JsonValue.NULL))
                .put("message", (String) null)
                .build();
    }
}
