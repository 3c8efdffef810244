package org.gatehouse.developer.boundary;

import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import org.gatehouse.auth.boundary.ValidApiKey;
import org.gatehouse.platform.json.WireObject;

/** E85, {@code GET /api/v1/auth}: is this developer API key valid? */
@Path("v1/auth")
@ValidApiKey
@Produces(WireObject.JSON_UTF8)
public class V1AuthResource {

    private static final JsonObject AUTHENTICATED = WireObject.create().put("authenticated", true).build();

    @GET
    public JsonObject auth() {
        return AUTHENTICATED;
    }
}
