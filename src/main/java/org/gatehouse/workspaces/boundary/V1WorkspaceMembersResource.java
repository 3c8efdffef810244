package org.gatehouse.workspaces.boundary;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.gatehouse.auth.boundary.MultiUserOnly;
import org.gatehouse.auth.boundary.ValidApiKey;
import org.gatehouse.platform.json.JsValues;
import org.gatehouse.platform.json.WireObject;
import org.gatehouse.platform.rest.PathIds;
import org.gatehouse.workspaces.control.Workspaces;
import org.gatehouse.workspaces.entity.Workspace;

/** E94-E96: workspace members through the developer API. */
@Path("v1/admin/workspaces")
@ValidApiKey
@MultiUserOnly
@Produces(WireObject.JSON_UTF8)
public class V1WorkspaceMembersResource {

    @Inject
    Workspaces workspaces;

    /** E94, as E30. */
    @GET
    @Path("{id}/users")
    public JsonObject members(@PathParam("id") String id) {
        return Json.createObjectBuilder().add("users", PathIds.parse(id).map(this::memberList).orElse(JsonArray.EMPTY_JSON_ARRAY)).build();
    }

    /** E95 (deprecated upstream), as E32. */
    @POST
    @Path("{id}/update-users")
    public JsonObject replace(@PathParam("id") String id, JsonObject body) {
        Optional<Integer> workspaceId = PathIds.parse(id);
        String error = workspaceId.isEmpty() ? "Workspace not found"
                : workspaces.replaceMembers(workspaceId.get(), body.get("userIds")).orElse(null);
        return WireObject.create().put("success", error == null).put("error", error).build();
    }

    /**
     * E96: {@code reset:true} replaces the members, otherwise adds the new ones. An unknown slug answers
     * the 404 body AnythingLLM intends (it crashes instead).
     */
    @POST
    @Path("{slug}/manage-users")
    public Response manage(@PathParam("slug") String slug, JsonObject body) {
        Optional<Workspace> workspace = workspaces.bySlug(slug);
        if (workspace.isEmpty()) {
            return answer(404, false, "Workspace " + slug + " not found", JsonArray.EMPTY_JSON_ARRAY);
        }
        int id = workspace.get().getId();
        if (!(body.get("userIds") instanceof JsonArray requested)) {
            return answer(400, false, "userIds must be an array of user ids", memberList(id));
        }
        List<Integer> userIds = workspaces.existingUsers(requested);
        if (userIds.isEmpty()) {
            return answer(404, false, "No valid user IDs provided.", memberList(id));
        }
        if (JsValues.truthy(body.get("reset"))) {
            JsonArrayBuilder ids = Json.createArrayBuilder();
            userIds.forEach(ids::add);
            String error = workspaces.replaceMembers(id, ids.build()).orElse(null);
            return answer(200, error == null, error, memberList(id));
        }
        workspaces.addMembers(id, userIds);
        return answer(200, true, null, memberList(id));
    }

    private JsonArray memberList(int workspaceId) {
        return WorkspaceJson.members(workspaces, workspaceId);
    }

    private static Response answer(int status, boolean success, String error, JsonArray users) {
        return Response.status(status).type(WireObject.JSON_UTF8).entity(WireObject.create().put("success", success)
                .put("error", error).putValue("users", users).build()).build();
    }

}
