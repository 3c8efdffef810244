package org.gatehouse.settings.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import org.gatehouse.auth.control.CurrentCaller;
import org.gatehouse.auth.boundary.FlexRoles;
import org.gatehouse.auth.boundary.ValidatedRequest;
import org.gatehouse.platform.json.WireObject;
import org.gatehouse.settings.control.Preferences;
import org.gatehouse.users.entity.Role;

/** E34, {@code GET /api/admin/system-preferences-for?labels=a,b}. */
@Path("admin/system-preferences-for")
@ValidatedRequest
@FlexRoles({Role.ADMIN, Role.MANAGER})
@Produces(WireObject.JSON_UTF8)
public class SystemPreferencesForResource {

    @Inject
    Preferences preferences;

    @Inject
    CurrentCaller caller;

    @GET
    public JsonObject read(@QueryParam("labels") String labels) {
        return SystemPreferencesResource.read(labels, preferences, caller);
    }
}
