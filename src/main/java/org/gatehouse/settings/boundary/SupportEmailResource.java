package org.gatehouse.settings.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import org.gatehouse.auth.boundary.ValidatedRequest;
import org.gatehouse.platform.json.WireObject;
import org.gatehouse.settings.control.SystemSettings;

/** E37: where users ask for help. */
@Path("system/support-email")
@ValidatedRequest
@Produces(WireObject.JSON_UTF8)
public class SupportEmailResource {

    @Inject
    SystemSettings settings;

    @GET
    public JsonObject supportEmail() {
        return WireObject.create().put("supportEmail", settings.value("support_email").orElse(null)).build();
    }
}
