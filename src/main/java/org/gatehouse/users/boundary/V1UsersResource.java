package org.gatehouse.users.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.gatehouse.auth.boundary.MultiUserOnly;
import org.gatehouse.auth.boundary.ValidApiKey;
import org.gatehouse.platform.control.Outcome;
import org.gatehouse.platform.json.WireObject;
import org.gatehouse.users.control.UserAdministration;
import org.gatehouse.users.entity.User;

/**
 * E87-E90, users through the developer API: any valid key is an instance-wide credential, so there is no
 * caller role; the last active admin is still kept.
 */
@Path("v1/admin/users")
@ValidApiKey
@MultiUserOnly
@Produces(WireObject.JSON_UTF8)
public class V1UsersResource {

    @Inject
    UserLists lists;

    @Inject
    UserAdministration administration;

    /** E87. */
    @GET
    public Response list() {
        return lists.filtered();
    }

    /** E88: any role may be created; 400 on a broken rule. */
    @POST
    @Path("new")
    public Response create(JsonObject body) {
        Outcome<User> created = administration.createByApi(UserFields.newUser(body));
        return Response.status(created.isDone() ? 200 : 400).type(WireObject.JSON_UTF8)
                .entity(UserAnswers.created(created)).build();
    }

    /** E89. */
    @POST
    @Path("{id}")
    public JsonObject update(@PathParam("id") String id, JsonObject body) {
        return UserAnswers.result(UserAnswers.onUser(id,
                userId -> administration.updateByApi(userId, UserFields.changes(body))));
    }

    /** E90. */
    @DELETE
    @Path("{id}")
    public JsonObject delete(@PathParam("id") String id) {
        return UserAnswers.result(UserAnswers.onUser(id, administration::deleteByApi));
    }
}
