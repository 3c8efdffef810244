package org.gatehouse.apikeys.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.gatehouse.apikeys.control.ApiKeys;
import org.gatehouse.auth.control.CurrentCaller;
import org.gatehouse.platform.rest.ErrorMapper;
import org.gatehouse.platform.rest.PathIds;

/** E43 and E46, key deletion for both families: text 400 for a non-numeric id, else an empty 200. */
public abstract class ApiKeyDeletion {

    @Inject
    ApiKeys keys;

    @Inject
    CurrentCaller caller;

    @DELETE
    public Response delete(@PathParam("id") String id) {
        return PathIds.parse(id)
                .map(keyId -> {
                    keys.delete(keyId, caller.user().orElse(null));
                    return Response.ok().build();
                })
                .orElseGet(() -> ErrorMapper.statusText(400));
    }
}
