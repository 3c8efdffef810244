package org.gatehouse.users.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.gatehouse.auth.boundary.StrictRoles;
import org.gatehouse.auth.boundary.ValidatedRequest;
import org.gatehouse.auth.control.CurrentCaller;
import org.gatehouse.platform.json.WireObject;
import org.gatehouse.users.control.UserAdministration;
import org.gatehouse.users.entity.Role;

/** E20 and E21: the user list and new users, for admins and managers in multi-user mode. */
@Path("admin/users")
@ValidatedRequest
@StrictRoles({Role.ADMIN, Role.MANAGER})
@Produces(WireObject.JSON_UTF8)
public class UsersResource {

    @Inject
    CurrentCaller caller;

    @Inject
    UserLists lists;

    @Inject
    UserAdministration administration;

    /** E20. */
    @GET
    public Response list() {
        return lists.filtered();
    }

    /** E21. */
    @POST
    @Path("new")
    public JsonObject create(JsonObject body) {
        return UserAnswers.created(administration.create(caller.user().orElseThrow(), UserFields.newUser(body)));
    }
}
