package org.gatehouse.users.boundary;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
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
import org.gatehouse.platform.json.WireObject;
import org.gatehouse.platform.rest.PathIds;
import org.gatehouse.users.control.UserAdministration;
import org.gatehouse.users.control.UserService;

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
    UserAdministration administration;

    @Inject
    UserService users;

    /** E87. */
    @GET
    public JsonObject list() {
        JsonArrayBuilder list = Json.createArrayBuilder();
        administration.forEachUser(user -> list.add(UserJson.filtered(user)));
        return Json.createObjectBuilder().add("users", list).build();
    }

    /** E88: any role may be created; 400 on a broken rule. No event, as in AnythingLLM. */
    @POST
    @Path("new")
    public Response create(JsonObject body) {
        UserService.Created created = users.create(body);
        JsonObject answer = created.user() == null
                ? WireObject.create().put("user", (String) null).put("error", created.error()).build()
                : WireObject.create().putValue("user", UserJson.filtered(created.user())).put("error", (String) null).build();
        return Response.status(created.user() == null ? 400 : 200).type(WireObject.JSON_UTF8).entity(answer).build();
    }

    /** E89. */
    @POST
    @Path("{id}")
    public JsonObject update(@PathParam("id") String id, JsonObject body) {
        Integer userId = parse(id);
        return answer(userId == null ? new UserAdministration.Outcome(UserAdministration.NOT_FOUND)
                : administration.updateByApi(userId, body));
    }

    /** E90. */
    @DELETE
    @Path("{id}")
    public JsonObject delete(@PathParam("id") String id) {
        Integer userId = parse(id);
        return answer(userId == null ? new UserAdministration.Outcome(UserAdministration.NOT_FOUND)
                : administration.deleteByApi(userId));
    }

    private static Integer parse(String id) {
        return PathIds.parse(id).orElse(null);
    }

    private static JsonObject answer(UserAdministration.Outcome outcome) {
        return WireObject.create().put("success", outcome.success()).put("error", outcome.error()).build();
    }
}
