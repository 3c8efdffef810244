package org.gatehouse.workspaces.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.gatehouse.auth.control.CurrentCaller;
import org.gatehouse.auth.boundary.FlexRoles;
import org.gatehouse.auth.boundary.ValidatedRequest;
import org.gatehouse.platform.control.Outcome;
import org.gatehouse.platform.json.WireObject;
import org.gatehouse.platform.rest.ErrorMapper;
import org.gatehouse.workspaces.control.NewWorkspace;
import org.gatehouse.workspaces.control.Origin;
import org.gatehouse.workspaces.control.Workspaces;
import org.gatehouse.workspaces.entity.Workspace;
import org.gatehouse.users.entity.Role;

/** E112-E114: one workspace as the web client opens, creates and deletes it. */
@Path("workspace")
@ValidatedRequest
@Produces(WireObject.JSON_UTF8)
public class WorkspaceResource {

    @Inject
    Workspaces workspaces;

    @Inject
    CurrentCaller caller;

    /** E113: without a name, the default name; the creator becomes a member; {@code workspace_created}. */
    @POST
    @Path("new")
    @FlexRoles({Role.ADMIN, Role.MANAGER})
    public JsonObject create(JsonObject body) {
        Outcome<Workspace> created = workspaces.create(new NewWorkspace(WorkspaceRequests.name(body), caller.user(),
                Origin.WEB_CLIENT));
        if (created instanceof Outcome.Done<Workspace> done) {
            return WireObject.create().putValue("workspace", WorkspaceJson.raw(done.value()).build())
                    .put("message", (String) null).build();
        }
        return WireObject.create().put("workspace", (String) null).put("message", created.error()).build();
    }

    /** E112: the workspace, or null when it does not exist or is not visible to the caller. */
    @GET
    @Path("{slug}")
    public JsonObject open(@PathParam("slug") String slug) {
        return workspaces.open(slug, caller.user())
                .map(opened -> WireObject.create().putValue("workspace", WorkspaceJson.opened(opened)).build())
                .orElseGet(() -> WireObject.create().put("workspace", (String) null).build());
    }

    /** E114: text 200, or text 400 when there is no such workspace. */
    @DELETE
    @Path("{slug}")
    @FlexRoles({Role.ADMIN, Role.MANAGER})
    @WorkspaceDeletionProtection
    public Response delete(@PathParam("slug") String slug) {
        Optional<Workspace> workspace = workspaces.bySlug(slug);
        if (workspace.isEmpty()) {
            return ErrorMapper.statusText(400);
        }
        workspaces.delete(workspace.get(), caller.user(), Origin.WEB_CLIENT);
        return ErrorMapper.statusText(200);
    }
}
