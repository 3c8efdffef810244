package org.gatehouse.users.boundary;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import org.gatehouse.auth.boundary.CurrentCaller;
import org.gatehouse.auth.boundary.StrictRoles;
import org.gatehouse.auth.boundary.ValidatedRequest;
import org.gatehouse.platform.json.WireObject;
import org.gatehouse.users.control.UserAdministration;

/** E20 and E21: the user list and new users, for admins and managers in multi-user mode. */
@Path("admin/users")
@ValidatedRequest
@StrictRoles({"admin", "manager"})
@Produces(WireObject.JSON_UTF8)
public class UsersResource {

    @Inject
    CurrentCaller caller;

    @Inject
    UserAdministration administration;

    @GET
    public JsonObject list() {
        JsonArrayBuilder users = Json.createArrayBuilder();
        administration.list().forEach(user -> users.add(UserJson.filtered(user)));
        return Json.createObjectBuilder().add("users", users).build();
    }

    @POST
    @Path("new")
    public JsonObject create(JsonObject body) {
        UserAdministration.Created created = administration.create(caller.user().orElseThrow(), body);
        return WireObject.create()
                .putValue("user", created.user() == null ? JsonValue.NULL : UserJson.filtered(created.user()))
                .put("error", created.error())
                .build();
    }
}
