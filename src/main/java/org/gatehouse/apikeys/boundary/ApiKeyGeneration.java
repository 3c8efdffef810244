package org.gatehouse.apikeys.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.core.Response;
import org.gatehouse.apikeys.control.ApiKeys;
import org.gatehouse.platform.control.Outcome;
import org.gatehouse.auth.control.CurrentCaller;
import org.gatehouse.platform.json.WireObject;

/**
 * E42 and E45, key creation for both families: the secret shown this once, or 400 with the expiry rule.
 * The creator is the signed-in user (none in single-user mode).
 */
public abstract class ApiKeyGeneration {

    @Inject
    ApiKeys keys;

    @Inject
    CurrentCaller caller;

    @POST
    public Response generate(JsonObject body) {
        String name = body.get("name") instanceof JsonString text ? text.getString() : null;
        Outcome<ApiKeys.Created> outcome = keys.create(new ApiKeys.NewApiKey(name, expiresAt(body.get("expiresAt"))),
                caller.user().orElse(null));
        if (outcome instanceof Outcome.Done<ApiKeys.Created> done) {
            ApiKeys.Created created = done.value();
            return Response.ok(WireObject.create()
                    .putValue("apiKey", ApiKeyResponses.row(created.key(), created.secret(),
                            ApiKeyResponses.id(created.key().getCreatedBy())))
                    .put("error", (String) null).build(), WireObject.JSON_UTF8).build();
        }
        return Response.status(400).type(WireObject.JSON_UTF8)
                .entity(WireObject.create().put("apiKey", (String) null).put("error", outcome.error()).build()).build();
    }

    /**
     * The asked-for expiry as text: absent or null means none; any other non-string is passed as its JSON
     * text, which is never an ISO-8601 instant, so the control's rule refuses it like any unreadable date.
     */
    private static String expiresAt(JsonValue given) {
        if (given == null || given == JsonValue.NULL) {
            return null;
        }
        return given instanceof JsonString text ? text.getString() : given.toString();
    }
}
