package org.gatehouse.auth.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.gatehouse.auth.control.CurrentCaller;
import org.gatehouse.auth.control.Sessions;
import org.gatehouse.platform.control.Outcome;
import org.gatehouse.platform.json.WireObject;
import org.gatehouse.platform.rest.PathIds;
import org.gatehouse.users.control.UserDirectory;
import org.gatehouse.users.entity.User;
import org.gatehouse.users.entity.Role;

/**
 * Gatehouse's own {@code POST /api/admin/user/:id/revoke-sessions}: an administrator (or a manager, for
 * non-admin users) ends every session of a user. Event {@code user_sessions_revoked}.
 */
@Path("admin/user/{id}/revoke-sessions")
@ValidatedRequest
@StrictRoles({Role.ADMIN, Role.MANAGER})
public class UserSessionsResource {

    @Inject
    CurrentCaller caller;

    @Inject
    Sessions sessions;

    @POST
    public Response revoke(@PathParam("id") String id) {
        Outcome<User> result = PathIds.parse(id)
                .map(userId -> sessions.revokeFor(caller.user().orElseThrow(), userId))
                .orElseGet(() -> Outcome.notFound(UserDirectory.NOT_FOUND));
        WireObject body = WireObject.create().put("success", result.isDone()).put("error", result.error());
        return Response.status(result instanceof Outcome.NotFound ? 404 : 200).type(WireObject.JSON_UTF8)
                .entity(body.build()).build();
    }
}
