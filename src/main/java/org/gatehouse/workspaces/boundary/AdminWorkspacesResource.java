package org.gatehouse.workspaces.boundary;

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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gatehouse.platform.control.Outcome;
import org.gatehouse.auth.control.CurrentCaller;
import org.gatehouse.auth.boundary.StrictRoles;
import org.gatehouse.auth.boundary.ValidatedRequest;
import org.gatehouse.platform.json.WireObject;
import org.gatehouse.platform.rest.PathIds;
import org.gatehouse.platform.rest.ErrorMapper;
import org.gatehouse.workspaces.control.NewWorkspace;
import org.gatehouse.workspaces.control.Origin;
import org.gatehouse.workspaces.control.Workspaces;
import org.gatehouse.workspaces.entity.Workspace;
import org.gatehouse.users.entity.Role;

/** E29-E33: workspaces and their members, for administrators and managers in multi-user mode. */
@Path("admin/workspaces")
@ValidatedRequest
@StrictRoles({Role.ADMIN, Role.MANAGER})
@Produces(WireObject.JSON_UTF8)
public class AdminWorkspacesResource {

    @Inject
    Workspaces workspaces;

    @Inject
    CurrentCaller caller;

    /** E29: every workspace with its member ids. */
    @GET
    public JsonObject list() {
        Map<Integer, List<Integer>> members = workspaces.memberIds();
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (Workspace workspace : workspaces.all()) {
            JsonArrayBuilder ids = Json.createArrayBuilder();
            members.getOrDefault(workspace.getId(), List.of()).forEach(ids::add);
            list.add(WorkspaceJson.raw(workspace).putValue("userIds", ids.build()).build());
        }
        return Json.createObjectBuilder().add("workspaces", list).build();
    }

    /** E30: the members of one workspace. */
    @GET
    @Path("{id}/users")
    public JsonObject members(@PathParam("id") String id) {
        return Json.createObjectBuilder().add("users", WorkspaceJson.members(PathIds.parse(id).map(workspaces::members)
                .orElse(List.of()))).build();
    }

    /** E31: refused without a name. */
    @POST
    @Path("new")
    public JsonObject create(JsonObject body) {
        Outcome<Workspace> created = workspaces.create(new NewWorkspace(WorkspaceRequests.name(body), caller.user(),
                Origin.ADMINISTRATION));
        if (created instanceof Outcome.Done<Workspace> done) {
            return WireObject.create().putValue("workspace", WorkspaceJson.raw(done.value()).build())
                    .put("error", (String) null).build();
        }
        return WireObject.create().put("workspace", (String) null).put("error", created.error()).build();
    }

    /** E32: the members become exactly {@code userIds}. */
    @POST
    @Path("{id}/update-users")
    public JsonObject replaceMembers(@PathParam("id") String id, JsonObject body) {
        return WorkspaceRequests.replaceMembers(workspaces, id, body);
    }

    /** E33: text 404 for an unknown workspace. */
    @DELETE
    @Path("{id}")
    @WorkspaceDeletionProtection
    public Response delete(@PathParam("id") String id) {
        Optional<Workspace> workspace = PathIds.parse(id).flatMap(workspaces::byId);
        if (workspace.isEmpty()) {
            return ErrorMapper.statusText(404);
        }
        workspaces.delete(workspace.get(), caller.user(), Origin.ADMINISTRATION);
        return Response.ok(WireObject.create().put("success", true).put("error", (String) null).build(),
                WireObject.JSON_UTF8).build();
    }

}
