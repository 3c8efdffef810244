package org.gatehouse.apikeys.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.gatehouse.apikeys.control.ApiKeys;
import org.gatehouse.auth.control.CurrentCaller;
import org.gatehouse.auth.boundary.StrictRoles;
import org.gatehouse.auth.boundary.ValidatedRequest;
import org.gatehouse.users.entity.Role;

/** E46: an admin deletes a key (empty 200). */
@Path("admin/delete-api-key/{id}")
@ValidatedRequest
@StrictRoles(Role.ADMIN)
public class AdminDeleteApiKeyResource {

    @Inject
    ApiKeys keys;

    @Inject
    CurrentCaller caller;

    @DELETE
    public Response delete(@PathParam("id") String id) {
        return ApiKeyResponses.delete(keys, id, caller.user().orElseThrow());
    }
}
