package org.gatehouse.auth.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.gatehouse.auth.control.MultiUserSwitch;
import org.gatehouse.platform.json.WireObject;
import org.gatehouse.users.boundary.UserFields;

/** E18: switch to multi-user mode with a first admin. There is no way back. */
@Path("system/enable-multi-user")
@ValidatedRequest
public class EnableMultiUserResource {

    @Inject
    MultiUserSwitch multiUser;

    /** Only the username and password are read (contract E18). */
    @POST
    public Response enable(JsonObject body) {
        MultiUserSwitch.Result result = multiUser.enable(UserFields.credentials(body));
        if (result instanceof MultiUserSwitch.Enabled) {
            return answer(200, true, null);
        }
        if (result instanceof MultiUserSwitch.Refused refused) {
            return answer(400, false, refused.message());
        }
        return answer(200, false, "Multi-user mode is already enabled.");
    }

    private static Response answer(int status, boolean success, String error) {
        return Response.status(status).type(WireObject.JSON_UTF8)
                .entity(WireObject.create().put("success", success).put("error", error).build()).build();
    }
}
