package org.gatehouse.workspaces.boundary;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import org.gatehouse.auth.boundary.ValidApiKey;
import org.gatehouse.platform.json.WireObject;
import org.gatehouse.workspaces.control.Workspaces;
import org.gatehouse.workspaces.entity.Workspace;

/**
 * E108: every workspace with its threads, through the developer API (which ignores roles and membership).
 */
@Path("v1/workspaces")
@ValidApiKey
@Produces(WireObject.JSON_UTF8)
public class V1WorkspacesResource {

    @Inject
    Workspaces workspaces;

    /** E108: every workspace with its threads. */
    @GET
    public JsonObject list() {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (Workspace workspace : workspaces.all()) {
            JsonArrayBuilder threads = Json.createArrayBuilder();
            workspaces.threads(workspace.getId()).forEach(t -> threads.add(WireObject.create().put("user_id", t.getUserId())
                    .put("slug", t.getSlug()).put("name", t.getName()).build()));
            list.add(WorkspaceJson.raw(workspace).putValue("threads", threads.build()).build());
        }
        return Json.createObjectBuilder().add("workspaces", list).build();
    }

}
