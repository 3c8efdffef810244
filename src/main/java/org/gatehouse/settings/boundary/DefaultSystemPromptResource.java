package org.gatehouse.settings.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import org.gatehouse.auth.boundary.FlexRoles;
import org.gatehouse.auth.boundary.ValidatedRequest;
import org.gatehouse.platform.json.WireObject;
import org.gatehouse.settings.control.Preferences;
import org.gatehouse.settings.control.SystemSettings;
import org.gatehouse.workspaces.control.Workspaces;
import org.gatehouse.users.entity.Role;

/** E38 (anyone signed in) and E39 (admins): the system prompt new workspaces start with. */
@Path("system/default-system-prompt")
@ValidatedRequest
@Produces(WireObject.JSON_UTF8)
public class DefaultSystemPromptResource {

    @Inject
    SystemSettings settings;

    @Inject
    Preferences preferences;

    @GET
    public JsonObject read() {
        return WireObject.create().put("success", true)
                .put("defaultSystemPrompt", settings.value("default_system_prompt").orElse(Workspaces.BUILT_IN_PROMPT))
                .put("saneDefaultSystemPrompt", Workspaces.BUILT_IN_PROMPT)
                .build();
    }

    @POST
    @FlexRoles(Role.ADMIN)
    public JsonObject write(JsonObject body) {
        preferences.changeDefaultSystemPrompt(body.get("defaultSystemPrompt") instanceof JsonString text ? text.getString() : null);
        return WireObject.create().put("success", true)
                .put("message", "Default system prompt updated successfully.").build();
    }
}
