package org.gatehouse.users.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import org.gatehouse.auth.boundary.StrictRoles;
import org.gatehouse.auth.boundary.ValidatedRequest;
import org.gatehouse.auth.control.CurrentCaller;
import org.gatehouse.platform.json.WireObject;
import org.gatehouse.users.control.UserAdministration;
import org.gatehouse.users.entity.Role;

/** E22 and E23: change or delete one user, under the role rules of contract 4.3. */
@Path("admin/user/{id}")
@ValidatedRequest
@StrictRoles({Role.ADMIN, Role.MANAGER})
@Produces(WireObject.JSON_UTF8)
public class UserResource {

    @Inject
    CurrentCaller caller;

    @Inject
    UserAdministration administration;

    @POST
    public JsonObject update(@PathParam("id") String id, JsonObject body) {
        return UserAnswers.result(UserAnswers.onUser(id,
                userId -> administration.update(caller.user().orElseThrow(), userId, UserFields.changes(body))));
    }

    @DELETE
    public JsonObject delete(@PathParam("id") String id) {
        return UserAnswers.result(UserAnswers.onUser(id,
                userId -> administration.delete(caller.user().orElseThrow(), userId)));
    }
}
