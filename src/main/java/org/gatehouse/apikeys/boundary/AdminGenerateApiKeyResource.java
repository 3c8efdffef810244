package org.gatehouse.apikeys.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import org.gatehouse.apikeys.control.ApiKeys;
import org.gatehouse.auth.control.CurrentCaller;
import org.gatehouse.auth.boundary.StrictRoles;
import org.gatehouse.auth.boundary.ValidatedRequest;
import org.gatehouse.users.entity.Role;

/** E45: an admin creates a key (its secret shown this once). */
@Path("admin/generate-api-key")
@ValidatedRequest
@StrictRoles(Role.ADMIN)
public class AdminGenerateApiKeyResource {

    @Inject
    ApiKeys keys;

    @Inject
    CurrentCaller caller;

    @Inject
    Clock clock;

    @POST
    public Response generate(JsonObject body) {
        return ApiKeyResponses.create(keys, body, caller.user().orElseThrow(), clock.instant());
    }
}
