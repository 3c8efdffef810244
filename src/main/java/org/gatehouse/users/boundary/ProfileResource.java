package org.gatehouse.users.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.gatehouse.auth.boundary.ValidatedRequest;
import org.gatehouse.auth.control.CurrentCaller;
import org.gatehouse.platform.json.WireObject;
import org.gatehouse.users.control.ProfileUpdate;
import org.gatehouse.users.control.UserService;
import org.gatehouse.users.entity.User;

/** E19, {@code POST /api/system/user}: the signed-in user changes their own username, password or bio. */
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
        ProfileUpdate result = users.updateOwnProfile(me.get(), UserFields.profile(body), caller.sessionId());
        if (result instanceof ProfileUpdate.InvalidUsername invalid) {
            return answer(400, false, invalid.message());
        }
        return result instanceof ProfileUpdate.Refused refused ? answer(200, false, refused.message())
                : answer(200, true, null);
    }

    private static Response answer(int status, boolean success, String error) {
        return Response.status(status).type(WireObject.JSON_UTF8)
                .entity(WireObject.create().put("success", success).put("error", error).build()).build();
    }
}
