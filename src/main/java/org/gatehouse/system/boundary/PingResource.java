package org.gatehouse.system.boundary;

import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import org.gatehouse.platform.json.WireObject;

/** E1: liveness, no authentication. */
@Path("ping")
public class PingResource {

    private static final JsonObject ONLINE = WireObject.create().put("online", true).build();

    @GET
    @Produces(WireObject.JSON_UTF8)
    public JsonObject ping() {
        return ONLINE;
    }
}
