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
import java.util.Optional;
import org.gatehouse.auth.boundary.ValidApiKey;
import org.gatehouse.platform.control.Outcome;
import org.gatehouse.platform.json.WireObject;
import org.gatehouse.platform.rest.ErrorMapper;
import org.gatehouse.workspaces.control.NewWorkspace;
import org.gatehouse.workspaces.control.Origin;
import org.gatehouse.workspaces.control.Workspaces;
import org.gatehouse.workspaces.entity.Workspace;

/**
 * E107, E109, E110: one workspace through the developer API, which ignores roles and membership (contract 5.13).
 * {@code GET /api/v1/workspace/:slug} answers {@code workspace} as an array of zero or one element.
 */
@Path("v1/workspace")
@ValidApiKey
@Produces(WireObject.JSON_UTF8)
public class V1WorkspaceResource {

    @Inject
    Workspaces workspaces;

    /** E107: no creator, so no member; {@code api_workspace_created}; 400 without a name. */
    @POST
    @Path("new")
    public Response create(JsonObject body) {
        Outcome<Workspace> created = workspaces.create(new NewWorkspace(WorkspaceRequests.name(body), Optional.empty(),
                Origin.DEVELOPER_API));
        if (created instanceof Outcome.Done<Workspace> done) {
            return Response.ok(WireObject.create().putValue("workspace", WorkspaceJson.raw(done.value()).build())
                    .put("message", (String) null).build(), WireObject.JSON_UTF8).build();
        }
        return Response.status(400).type(WireObject.JSON_UTF8).entity(WireObject.create()
                .put("workspace", (String) null).put("message", created.error()).build()).build();
    }

    /** E109: an array of zero or one workspace, with documents and threads. */
    @GET
    @Path("{slug}")
    public JsonObject show(@PathParam("slug") String slug) {
        JsonArrayBuilder found = Json.createArrayBuilder();
        workspaces.bySlug(slug).ifPresent(workspace -> {
            JsonArrayBuilder documents = Json.createArrayBuilder();
            workspaces.documents(workspace.getId()).forEach(d -> documents.add(WorkspaceJson.document(d)));
            JsonArrayBuilder threads = Json.createArrayBuilder();
            workspaces.threads(workspace.getId()).forEach(t -> threads.add(WireObject.create().put("user_id", t.getUserId())
                    .put("slug", t.getSlug()).build()));
            found.add(WorkspaceJson.raw(workspace).putValue("documents", documents.build())
                    .putValue("threads", threads.build()).build());
        });
        return Json.createObjectBuilder().add("workspace", found).build();
    }

    /** E110: text 200, text 400 for an unknown slug; {@code api_workspace_deleted}. */
    @DELETE
    @Path("{slug}")
    @WorkspaceDeletionProtection
    public Response delete(@PathParam("slug") String slug) {
        Optional<Workspace> workspace = workspaces.bySlug(slug);
        if (workspace.isEmpty()) {
            return ErrorMapper.statusText(400);
        }
        workspaces.delete(workspace.get(), Optional.empty(), Origin.DEVELOPER_API);
        return ErrorMapper.statusText(200);
    }
}
