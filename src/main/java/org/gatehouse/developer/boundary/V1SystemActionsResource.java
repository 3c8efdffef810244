package org.gatehouse.developer.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.gatehouse.auth.boundary.ValidApiKey;
import org.gatehouse.platform.json.WireObject;
import org.gatehouse.settings.boundary.UpdateEnvAnswer;
import org.gatehouse.settings.control.EnvironmentSettings;
import org.gatehouse.system.boundary.SetupJson;
import org.gatehouse.system.control.SetupSummary;

/**
 * E102-E104, E106: the system settings and {@code update-env} through the developer API (no actor); the vector count and
 * document removal belong to AnythingLLM's vector and document layer, which Gatehouse does not include:
 * they answer 501 (docs/compatibility.md).
 */
@Path("v1/system")
@ValidApiKey
@Produces(WireObject.JSON_UTF8)
public class V1SystemActionsResource {

    static final String NOT_HERE = "Vectors and documents are not part of Gatehouse: use AnythingLLM itself for this endpoint.";

    @Inject
    EnvironmentSettings environment;

    @Inject
    SetupSummary summary;

    /** E102: the setup-complete settings, for integrations. */
    @GET
    public JsonObject settings() {
        return WireObject.create().putValue("settings", SetupJson.results(summary.current())).build();
    }

    /** E104. */
    @POST
    @Path("update-env")
    public JsonObject updateEnv(JsonObject body) {
        return UpdateEnvAnswer.of(environment, body, null);
    }

    /** E103. */
    @GET
    @Path("vector-count")
    public Response vectorCount() {
        return notImplemented();
    }

    /** E106. */
    @DELETE
    @Path("remove-documents")
    public Response removeDocuments() {
        return notImplemented();
    }

    private static Response notImplemented() {
        return Response.status(501).type(WireObject.JSON_UTF8)
                .entity(WireObject.create().put("success", false).put("error", NOT_HERE).build()).build();
    }
}
