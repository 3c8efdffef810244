package org.gatehouse.auth.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import org.gatehouse.platform.web.ClientAddresses;
import org.gatehouse.auth.control.LoginService;
import org.gatehouse.platform.json.WireObject;

/** E11: sign in with the single-user password or a username and password. */
@Path("request-token")
public class LoginResource {

    @Inject
    LoginService login;

    @Context
    HttpServletRequest request;

    @Inject
    ClientAddresses addresses;

    @POST
    public Response requestToken(JsonObject body) {
        LoginService.Outcome outcome = login.requestToken(body, addresses.of(request));
        return Response.status(outcome.status()).type(WireObject.JSON_UTF8).entity(outcome.body()).build();
    }
}
