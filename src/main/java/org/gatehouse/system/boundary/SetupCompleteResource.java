package org.gatehouse.system.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import org.gatehouse.platform.json.WireObject;
import org.gatehouse.system.control.SetupSummary;

/** E6: what the web client needs to know before anyone signs in; no authentication. */
@Path("setup-complete")
public class SetupCompleteResource {

    @Inject
    SetupSummary summary;

    @GET
    @Produces(WireObject.JSON_UTF8)
    public JsonObject setupComplete() {
        return WireObject.create().putValue("results", SetupJson.results(summary.current())).build();
    }
}
