package org.gatehouse.system.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import org.gatehouse.auth.boundary.ValidApiKey;
import org.gatehouse.platform.json.WireObject;
import org.gatehouse.system.control.SetupSummary;

/** E102, {@code GET /api/v1/system}: the setup-complete settings, for integrations. */
@Path("v1/system")
@ValidApiKey
@Produces(WireObject.JSON_UTF8)
public class V1SystemResource {

    @Inject
    SetupSummary summary;

    @GET
    public JsonObject settings() {
        return WireObject.create().putValue("settings", summary.results()).build();
    }
}
