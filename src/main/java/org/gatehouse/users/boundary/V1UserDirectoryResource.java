package org.gatehouse.users.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.gatehouse.auth.boundary.ValidApiKey;
import org.gatehouse.auth.control.CurrentCaller;

/** E99, {@code GET /api/v1/users}: who may be issued SSO tokens. */
@Path("v1/users")
@ValidApiKey
public class V1UserDirectoryResource {

    @Inject
    UserLists lists;

    @Inject
    CurrentCaller caller;

    @GET
    public Response list() {
        if (!caller.mode().isMultiUser()) {
            return Response.status(401).type("text/html;charset=utf-8")
                    .entity("Instance is not in Multi-User mode. Permission denied.").build();
        }
        return lists.directory();
    }
}
