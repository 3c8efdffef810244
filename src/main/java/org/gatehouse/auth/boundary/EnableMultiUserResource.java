package org.gatehouse.auth.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.gatehouse.auth.control.MultiUserSwitch;
import org.gatehouse.platform.json.WireObject;

/** E18: switch to multi-user mode with a first admin. There is no way back. */
@Path("system/enable-multi-user")
@ValidatedRequest
public class EnableMultiUserResource {

    @Inject
    MultiUserSwitch multiUser;

    @POST
    public Response enable(JsonObject body) {
        MultiUserSwitch.Outcome outcome = multiUser.enable(body);
        return Response.status(outcome.status()).type(WireObject.JSON_UTF8).entity(outcome.body()).build();
    }
}
