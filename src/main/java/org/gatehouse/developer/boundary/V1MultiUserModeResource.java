package org.gatehouse.developer.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import org.gatehouse.auth.control.CurrentCaller;
import org.gatehouse.auth.boundary.ValidApiKey;
import org.gatehouse.platform.json.WireObject;

/** E86, {@code GET /api/v1/admin/is-multi-user-mode}, in both modes. */
@Path("v1/admin/is-multi-user-mode")
@ValidApiKey
@Produces(WireObject.JSON_UTF8)
public class V1MultiUserModeResource {

    @Inject
    CurrentCaller caller;

    @GET
    public JsonObject isMultiUser() {
        return WireObject.create().put("isMultiUser", caller.mode().isMultiUser()).build();
    }
}
