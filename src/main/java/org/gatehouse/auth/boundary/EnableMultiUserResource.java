package org.gatehouse.auth.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.gatehouse.auth.control.FirstAdmin;
import org.gatehouse.auth.control.MultiUserSwitch;
import org.gatehouse.platform.json.JsValues;
import org.gatehouse.platform.json.WireObject;
import org.gatehouse.platform.rest.JsonBodyReader;

/** E18: switch to multi-user mode with a first admin. There is no way back. */
@Path("system/enable-multi-user")
@ValidatedRequest
public class EnableMultiUserResource {

    @Inject
    MultiUserSwitch multiUser;

    /** Read raw: AnythingLLM answers an empty body as an empty form, unlike a {@code {}} without the fields. */
    @POST
    public Response enable(InputStream entity) throws IOException {
        String text = new String(entity.readAllBytes(), StandardCharsets.UTF_8);
        FirstAdmin admin = text.isBlank() ? FirstAdmin.of("", "") : firstAdmin(JsonBodyReader.parse(text));
        MultiUserSwitch.Result result = multiUser.enable(admin);
        if (result instanceof MultiUserSwitch.Enabled) {
            return answer(200, true, null);
        }
        if (result instanceof MultiUserSwitch.Refused refused) {
            return answer(400, false, refused.message());
        }
        return answer(200, false, "Multi-user mode is already enabled.");
    }

    private static FirstAdmin firstAdmin(JsonObject body) {
        String username = body.containsKey("username") ? JsValues.string(body.get("username")) : "";
        JsonValue password = body.get("password");
        FirstAdmin.Password given = password == null ? new FirstAdmin.Missing()
                : password instanceof JsonString text ? new FirstAdmin.Text(text.getString()) : new FirstAdmin.NotText();
        return new FirstAdmin(username, given);
    }

    private static Response answer(int status, boolean success, String error) {
        return Response.status(status).type(WireObject.JSON_UTF8)
                .entity(WireObject.create().put("success", success).put("error", error).build()).build();
    }
}
