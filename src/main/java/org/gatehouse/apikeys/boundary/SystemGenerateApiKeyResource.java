package org.gatehouse.apikeys.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import org.gatehouse.apikeys.control.ApiKeys;
import org.gatehouse.auth.control.CurrentCaller;
import org.gatehouse.auth.boundary.ValidatedRequest;
import org.gatehouse.platform.rest.ErrorMapper;

/** E42: a new key in single-user mode (its secret shown this once); text 401 in multi-user mode. */
@Path("system/generate-api-key")
@ValidatedRequest
public class SystemGenerateApiKeyResource {

    @Inject
    ApiKeys keys;

    @Inject
    CurrentCaller caller;

    @Inject
    Clock clock;

    @POST
    public Response generate(JsonObject body) {
        if (caller.mode().isMultiUser()) {
            return ErrorMapper.statusText(401);
        }
        return ApiKeyResponses.create(keys, body, null, clock.instant());
    }
}
