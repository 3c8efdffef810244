package org.gatehouse.settings.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
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

/** E40, as an admin (anyone in single-user mode); the developer API's twin E104 answers through {@link UpdateEnvAnswer} too. */
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
        return UpdateEnvAnswer.of(environment, body, caller.user().map(User::getId).orElse(null));
    }
}
