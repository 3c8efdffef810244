package org.gatehouse.users.boundary;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.gatehouse.auth.control.CurrentCaller;
import org.gatehouse.auth.boundary.ValidatedRequest;
import org.gatehouse.platform.json.JsValues;
import org.gatehouse.platform.json.WireObject;
import org.gatehouse.users.control.UserService;
import org.gatehouse.users.control.UsernameRules;
import org.gatehouse.users.entity.User;

/**
 * E19, {@code POST /api/system/user}: the signed-in user changes their own username, password or bio.
 * Role, suspension and limits cannot be changed here.
 */
@Path("system/user")
@ValidatedRequest
public class ProfileResource {

    @Inject
    CurrentCaller caller;

    @Inject
    UserService users;

    @POST
    public Response update(JsonObject body) {
        Optional<User> me = caller.user();
        if (me.isEmpty()) {
            return answer(400, false, "Profile updates need multi-user mode.");
        }
        JsonObjectBuilder updates = Json.createObjectBuilder();
        if (body.containsKey("username")) {
            String username = JsValues.string(body.get("username"));
            if (!username.equals(me.get().getUsername())) {
                Optional<String> invalid = UsernameRules.violation(username);
                if (invalid.isPresent()) {
                    return answer(400, false, invalid.get());
                }
                updates.add("username", username);
            }
        }
        if (JsValues.truthy(body.get("password"))) {
            updates.add("password", body.get("password"));
        }
        if (JsValues.truthy(body.get("bio"))) {
            updates.add("bio", body.get("bio"));
        }
        JsonObject changes = updates.build();
        if (changes.isEmpty()) {
            return answer(200, true, null);
        }
        UserService.Updated result = users.update(me.get().getId(), changes);
        return answer(200, result.success(), result.error());
    }

    private static Response answer(int status, boolean success, String error) {
        return Response.status(status).type(WireObject.JSON_UTF8)
                .entity(WireObject.create().put("success", success).put("error", error).build()).build();
    }
}
