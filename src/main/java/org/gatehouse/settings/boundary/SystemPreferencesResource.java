package org.gatehouse.settings.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import java.util.Arrays;
import java.util.List;
import org.gatehouse.auth.control.CurrentCaller;
import org.gatehouse.auth.boundary.FlexRoles;
import org.gatehouse.auth.boundary.ValidatedRequest;
import org.gatehouse.platform.json.WireObject;
import org.gatehouse.settings.control.Preferences;
import org.gatehouse.users.entity.Role;

/**
 * E34 and E35 at {@code /api/admin/system-preferences}: read (also answered at
 * {@code /api/admin/system-preferences-for}) and write system preferences; a manager sees and changes
 * only the five manager labels.
 */
@Path("admin/system-preferences")
@ValidatedRequest
@FlexRoles({Role.ADMIN, Role.MANAGER})
@Produces(WireObject.JSON_UTF8)
public class SystemPreferencesResource {

    @Inject
    Preferences preferences;

    @Inject
    CurrentCaller caller;

    @GET
    public JsonObject read(@QueryParam("labels") String labels) {
        return read(labels, preferences, caller);
    }

    @POST
    public JsonObject write(JsonObject body) {
        preferences.write(body, managerOnly(caller));
        return WireObject.create().put("success", true).put("error", (String) null).build();
    }

    static JsonObject read(String labels, Preferences preferences, CurrentCaller caller) {
        List<String> requested = labels == null ? List.of()
                : Arrays.stream(labels.split(",")).map(String::trim).filter(label -> !label.isEmpty()).toList();
        return WireObject.create().putValue("settings", preferences.read(requested, managerOnly(caller))).build();
    }

    static boolean managerOnly(CurrentCaller caller) {
        return caller.mode().isMultiUser() && caller.user().map(user -> "manager".equals(user.getRole())).orElse(false);
    }
}
