package org.gatehouse.auth.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.gatehouse.auth.control.Credentials;
import org.gatehouse.auth.control.LoginService;
import org.gatehouse.platform.json.JsValues;
import org.gatehouse.platform.web.ClientAddresses;

/** E11: sign in with the single-user password or a username and password. */
@Path("request-token")
public class LoginResource {

    @Inject
    LoginService login;

    @Context
    HttpServletRequest request;

    @Inject
    ClientAddresses addresses;

    /** A JSON body, whatever its Content-Type (contract 1.2). */
    @POST
    public Response requestToken(JsonObject body) {
        JsonValue username = body.get("username");
        Credentials credentials = new Credentials(JsValues.string(username), JsValues.string(body.get("password")),
                username != null && username != JsonValue.NULL);
        return SignInAnswers.credentials(login.requestToken(credentials, addresses.of(request)));
    }

    /** A form body, which AnythingLLM's urlencoded parser reads into the same fields. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response requestToken(@FormParam("username") List<String> username,
                                 @FormParam("password") List<String> password) {
        Credentials credentials = new Credentials(formValue(username), formValue(password), !username.isEmpty());
        return SignInAnswers.credentials(login.requestToken(credentials, addresses.of(request)));
    }

    /** {@code String(x)} of what the parser makes of a field: absent, one value, or an array of them. */
    private static String formValue(List<String> values) {
        return values.isEmpty() ? "undefined" : String.join(",", values);
    }
}
