package org.gatehouse.apikeys.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.gatehouse.apikeys.control.ApiKeys;
import org.gatehouse.auth.control.CurrentCaller;
import org.gatehouse.auth.boundary.ValidatedRequest;
import org.gatehouse.platform.json.WireObject;
import org.gatehouse.platform.rest.ErrorMapper;

/** E41: the single-user family's key list (secrets masked); text 401 in multi-user mode. */
@Path("system/api-keys")
@ValidatedRequest
public class SystemApiKeysResource {

    @Inject
    ApiKeys keys;

    @Inject
    CurrentCaller caller;

    @GET
    public Response list() {
        if (caller.mode().isMultiUser()) {
            return ErrorMapper.statusText(401);
        }
        return Response.ok(ApiKeyResponses.list(keys.all(), key -> ApiKeyResponses.id(key.getCreatedBy())),
                WireObject.JSON_UTF8).build();
    }
}
