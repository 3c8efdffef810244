package org.gatehouse.settings.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import org.gatehouse.auth.control.CurrentCaller;
import org.gatehouse.auth.boundary.FlexRoles;
import org.gatehouse.auth.boundary.ValidatedRequest;
import org.gatehouse.platform.json.WireObject;
import org.gatehouse.settings.control.EnvironmentSettings;
import org.gatehouse.users.entity.User;
import org.gatehouse.users.entity.Role;

/** E40: {@code error} is the boolean {@code false} on success, the message otherwise (contract quirk 5). */
@Path("system/update-env")
@ValidatedRequest
@FlexRoles(Role.ADMIN)
@Produces(WireObject.JSON_UTF8)
public class UpdateEnvResource {

    @Inject
    EnvironmentSettings environment;

    @Inject
    CurrentCaller caller;

    @POST
    public JsonObject update(JsonObject body) {
        EnvironmentSettings.Result result = environment.update(body, caller.user().map(User::getId).orElse(null));
        return WireObject.create().putValue("newValues", result.newValues())
                .putValue("error", result.error().<JsonValue>map(jakarta.json.Json::createValue).orElse(JsonValue.FALSE))
                .build();
    }
}
