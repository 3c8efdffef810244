package org.gatehouse.auth.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.gatehouse.auth.control.Credentials;
import org.gatehouse.auth.control.LoginService;
import org.gatehouse.platform.json.JsValues;
import org.gatehouse.platform.rest.JsonBodyReader;
import org.gatehouse.platform.web.ClientAddresses;

/**
 * E11: sign in with the single-user password or a username and password, sent as JSON whatever the
 * Content-Type (contract 1.2), or as a form, which AnythingLLM's urlencoded parser reads into the same
 * fields. One method reads both: JAX-RS would route a body without Content-Type to a form method.
 */
@Path("request-token")
public class LoginResource {

    @Inject
    LoginService login;

    @Context
    HttpServletRequest request;

    @Context
    HttpHeaders headers;

    @Inject
    ClientAddresses addresses;

    @POST
    public Response requestToken(InputStream entity) throws IOException {
        String body = new String(entity.readAllBytes(), StandardCharsets.UTF_8);
        Credentials credentials = isForm() ? fromForm(body) : fromJson(JsonBodyReader.parse(body));
        return SignInAnswers.credentials(login.requestToken(credentials, addresses.of(request)));
    }

    private boolean isForm() {
        try {
            MediaType type = headers.getMediaType();
            return type != null && type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE);
        } catch (IllegalArgumentException unreadable) {
            return false;
        }
    }

    private static Credentials fromJson(JsonObject body) {
        JsonValue username = body.get("username");
        return new Credentials(JsValues.string(username), JsValues.string(body.get("password")),
                username != null && username != JsonValue.NULL);
    }

    private static Credentials fromForm(String body) {
        List<String> username = new ArrayList<>();
        List<String> password = new ArrayList<>();
        for (String pair : body.split("&")) {
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            if (name.equals("username")) {
                username.add(value);
            } else if (name.equals("password")) {
                password.add(value);
            }
        }
        return new Credentials(formValue(username), formValue(password), !username.isEmpty());
    }

    /** {@code String(x)} of what the parser makes of a field: absent, one value, or an array of them. */
    private static String formValue(List<String> values) {
        return values.isEmpty() ? "undefined" : String.join(",", values);
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return text; // the qs library leaves a malformed escape as it stands
        }
    }
}
