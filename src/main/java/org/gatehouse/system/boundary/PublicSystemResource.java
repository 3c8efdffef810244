package org.gatehouse.system.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import org.gatehouse.platform.json.WireObject;
import org.gatehouse.settings.control.SystemSettings;

/**
 * What the login page may know about this instance before anyone signs in (E7-E9). Other
 * {@code /api/system/...} endpoints live in their own features' resources, each with its full path.
 */
@Path("system")
@Produces(WireObject.JSON_UTF8)
public class PublicSystemResource {

    @Inject
    SystemSettings settings;

    /** E7. */
    @GET
    @Path("multi-user-mode")
    public JsonObject multiUserMode() {
        return WireObject.create().put("multiUserMode", settings.isMultiUserMode()).build();
    }

    /** E8. */
    @GET
    @Path("custom-app-name")
    public JsonObject customAppName() {
        return WireObject.create()
                .put("customAppName", settings.value(SystemSettings.CUSTOM_APP_NAME).orElse(null))
                .build();
    }

    /** E9. */
    @GET
    @Path("is-default-logo")
    public JsonObject isDefaultLogo() {
        boolean isDefault = settings.value(SystemSettings.LOGO_FILENAME)
                .filter(name -> !name.isEmpty() && !SystemSettings.DEFAULT_LOGO.equals(name))
                .isEmpty();
        return WireObject.create().put("isDefaultLogo", isDefault).build();
    }
}
