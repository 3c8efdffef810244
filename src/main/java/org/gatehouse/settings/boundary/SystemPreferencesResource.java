package org.gatehouse.settings.boundary;

import jakarta.json.JsonObject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import org.gatehouse.auth.boundary.FlexRoles;
import org.gatehouse.auth.boundary.ValidatedRequest;
import org.gatehouse.platform.json.WireObject;
import org.gatehouse.settings.control.Preferences;
import org.gatehouse.users.entity.Role;

/**
 * E34 and E35 at {@code /api/admin/system-preferences}: read (also answered at
 * {@code /api/admin/system-preferences-for}) and write system preferences, within the caller's reach
 * ({@link Preferences#reaches}).
 */
@Path("admin/system-preferences")
@ValidatedRequest
@FlexRoles({Role.ADMIN, Role.MANAGER})
public class SystemPreferencesResource extends SystemPreferencesReading {

    @POST
    @Produces(WireObject.JSON_UTF8)
    public JsonObject write(JsonObject body) {
        preferences.write(body, caller.user());
        return WireObject.create().put("success", true).put("error", (String) null).build();
    }
}
