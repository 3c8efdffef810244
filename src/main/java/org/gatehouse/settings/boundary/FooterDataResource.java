package org.gatehouse.settings.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import org.gatehouse.auth.boundary.ValidatedRequest;
import org.gatehouse.platform.json.WireObject;
import org.gatehouse.settings.control.SystemSettings;

/** E36: the footer links, as JSON text ({@code "[]"} when none). */
@Path("system/footer-data")
@ValidatedRequest
@Produces(WireObject.JSON_UTF8)
public class FooterDataResource {

    @Inject
    SystemSettings settings;

    @GET
    public JsonObject footerData() {
        return WireObject.create().put("footerData", settings.value("footer_data").orElse("[]")).build();
    }
}
