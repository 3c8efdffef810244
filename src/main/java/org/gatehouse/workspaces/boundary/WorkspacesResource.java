package org.gatehouse.workspaces.boundary;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import org.gatehouse.auth.control.CurrentCaller;
import org.gatehouse.auth.boundary.ValidatedRequest;
import org.gatehouse.platform.json.WireObject;
import org.gatehouse.workspaces.control.Workspaces;

/** E111: the workspaces the caller may see (contract 4.5); its role guard is flex[&lt;all&gt;], which everyone passes. */
@Path("workspaces")
@ValidatedRequest
@Produces(WireObject.JSON_UTF8)
public class WorkspacesResource {

    @Inject
    Workspaces workspaces;

    @Inject
    CurrentCaller caller;

    @GET
    public JsonObject visible() {
        JsonArrayBuilder list = Json.createArrayBuilder();
        workspaces.visibleTo(caller.user()).forEach(workspace -> list.add(WorkspaceJson.raw(workspace).build()));
        return Json.createObjectBuilder().add("workspaces", list).build();
    }
}
