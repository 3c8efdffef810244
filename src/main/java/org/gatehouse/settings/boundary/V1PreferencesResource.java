package org.gatehouse.settings.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.util.Optional;
import org.gatehouse.auth.boundary.MultiUserOnly;
import org.gatehouse.auth.boundary.ValidApiKey;
import org.gatehouse.platform.json.WireObject;
import org.gatehouse.settings.control.Preferences;

/** E98: preferences through the developer API, with E35's rules but no manager restriction. */
@Path("v1/admin/preferences")
@ValidApiKey
@MultiUserOnly
@Produces(WireObject.JSON_UTF8)
public class V1PreferencesResource {

    @Inject
    Preferences preferences;

    @POST
    public JsonObject write(JsonObject body) {
        preferences.write(body, Optional.empty());
        return WireObject.create().put("success", true).put("error", (String) null).build();
    }
}
