package org.gatehouse.workspaces.boundary;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
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
import org.gatehouse.workspaces.control.ManagedMembers;
import org.gatehouse.workspaces.control.Member;
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
        return Json.createObjectBuilder().add("users", WorkspaceJson.members(PathIds.parse(id).map(workspaces::members)
                .orElse(List.of()))).build();
    }

    /** E95 (deprecated upstream), as E32. */
    @POST
    @Path("{id}/update-users")
    public JsonObject replace(@PathParam("id") String id, JsonObject body) {
        return WorkspaceRequests.replaceMembers(workspaces, id, body);
    }

    /**
     * E96: {@code reset:true} replaces the members, otherwise adds the new ones; 404 for an unknown slug (the
     * body AnythingLLM intends; it crashes instead) or when no id is a user, 400 without a {@code userIds} array.
     */
    @POST
    @Path("{slug}/manage-users")
    public Response manage(@PathParam("slug") String slug, JsonObject body) {
        Optional<Workspace> workspace = workspaces.bySlug(slug);
        if (workspace.isEmpty()) {
            return answer(404, "Workspace " + slug + " not found", List.of());
        }
        int id = workspace.get().getId();
        if (!(body.get("userIds") instanceof JsonArray requested)) {
            return answer(400, MemberIds.NOT_AN_ARRAY, workspaces.membersByUserId(id));
        }
        ManagedMembers managed = workspaces.manageMembers(id, MemberIds.leniently(requested), JsValues.truthy(body.get("reset")));
        return answer(managed.outcome().isDone() ? 200 : 404, managed.outcome().error(), managed.members());
    }

    private static Response answer(int status, String error, List<Member> members) {
        return Response.status(status).type(WireObject.JSON_UTF8).entity(WireObject.create().put("success", error == null)
                .put("error", error).putValue("users", WorkspaceJson.members(members)).build()).build();
    }
}
