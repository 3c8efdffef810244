package org.gatehouse.apikeys.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.gatehouse.apikeys.control.ApiKeys;
import org.gatehouse.auth.control.CurrentCaller;
import org.gatehouse.auth.boundary.ValidatedRequest;
import org.gatehouse.platform.rest.ErrorMapper;

/** E43: delete a key in single-user mode (empty 200); text 401 in multi-user mode. */
@Path("system/api-key/{id}")
@ValidatedRequest
public class SystemApiKeyResource {

    @Inject
    ApiKeys keys;

    @Inject
    CurrentCaller caller;

    @DELETE
    public Response delete(@PathParam("id") String id) {
        if (caller.mode().isMultiUser()) {
            return ErrorMapper.statusText(401);
        }
        return ApiKeyResponses.delete(keys, id, null);
    }
}
