package org.gatehouse.workspaces.boundary;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
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
import org.gatehouse.platform.json.WireObject;
import org.gatehouse.platform.rest.ErrorMapper;
import org.gatehouse.workspaces.control.Workspaces;
import org.gatehouse.workspaces.entity.Workspace;
import org.gatehouse.users.entity.Role;

/** E112-E114: one workspace as the web client opens, creates and deletes it. */
@Path("workspace")
@ValidatedRequest
@Produces(WireObject.JSON_UTF8)
public class WorkspaceResource {

    static final String DEFAULT_NAME = "My Workspace";

    @Inject
    Workspaces workspaces;

    @Inject
    CurrentCaller caller;

    /** E113: creator becomes a member; {@code workspace_created}. */
    @POST
    @Path("new")
    @FlexRoles({Role.ADMIN, Role.MANAGER})
    public JsonObject create(JsonObject body) {
        String name = body.get("name") instanceof JsonString text && !text.getString().isBlank()
                ? text.getString() : DEFAULT_NAME;
        Workspace workspace = workspaces.create(name, caller.user()).orElseThrow();
        return WireObject.create().putValue("workspace", WorkspaceJson.raw(workspace).build())
                .put("message", (String) null).build();
    }

    /**
     * E112: the workspace with its documents, or null when it does not exist or is not visible to the
     * caller. Gatehouse runs no model, so {@code contextWindow} is null and the token count 0.
     */
    @GET
    @Path("{slug}")
    public JsonObject open(@PathParam("slug") String slug) {
        Optional<Workspace> workspace = workspaces.bySlug(slug).filter(w -> workspaces.isVisibleTo(w, caller.user()));
        if (workspace.isEmpty()) {
            return WireObject.create().put("workspace", (String) null).build();
        }
        JsonArrayBuilder documents = Json.createArrayBuilder();
        workspaces.documents(workspace.get().getId()).forEach(d -> documents.add(WorkspaceJson.document(d)));
        return WireObject.create().putValue("workspace", WorkspaceJson.raw(workspace.get())
                .putValue("documents", documents.build())
                .putValue("contextWindow", JsonValue.NULL)
                .put("currentContextTokenCount", 0)
                .build()).build();
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
        workspaces.delete(workspace.get(), caller.user());
        return ErrorMapper.statusText(200);
    }
}
