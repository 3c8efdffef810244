package org.gatehouse.apikeys.boundary;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.gatehouse.apikeys.control.BrowserExtensionKeys;
import org.gatehouse.apikeys.entity.BrowserExtensionApiKey;
import org.gatehouse.auth.control.CurrentCaller;
import org.gatehouse.auth.boundary.FlexRoles;
import org.gatehouse.auth.boundary.ValidatedRequest;
import org.gatehouse.platform.control.Outcome;
import org.gatehouse.platform.crypto.SecretDigest;
import org.gatehouse.platform.json.WireObject;
import org.gatehouse.users.boundary.UserJson;
import org.gatehouse.users.control.UserDirectory;
import org.gatehouse.users.entity.Role;

/** E47-E49: browser-extension keys managed from the web client by admins and managers. */
@Path("browser-extension/api-keys")
@ValidatedRequest
@FlexRoles({Role.ADMIN, Role.MANAGER})
@Produces(WireObject.JSON_UTF8)
public class BrowserExtensionKeysResource {

    @Inject
    BrowserExtensionKeys keys;

    @Inject
    UserDirectory users;

    @Inject
    CurrentCaller caller;

    /** E47: the owner as a filtered user, never with its password hash (AnythingLLM leaks it here). */
    @GET
    public JsonObject list() {
        JsonArrayBuilder rows = Json.createArrayBuilder();
        java.util.Map<Integer, JsonValue> owners = new java.util.HashMap<>();
        for (BrowserExtensionApiKey key : keys.visibleTo(caller.user())) {
            JsonValue owner = key.getUserId() == null ? JsonValue.NULL : owners.computeIfAbsent(key.getUserId(),
                    id -> users.byId(id).<JsonValue>map(UserJson::filtered).orElse(JsonValue.NULL));
            rows.add(WireObject.create()
                    .put("id", key.getId())
                    .put("key", SecretDigest.masked(key.getKeyPrefix()))
                    .put("user_id", key.getUserId())
                    .put("createdAt", key.getCreatedAt())
                    .put("lastUpdatedAt", key.getLastUpdatedAt())
                    .putValue("user", owner)
                    .build());
        }
        return WireObject.create().put("success", true).putValue("apiKeys", rows.build()).build();
    }

    /** E48: just the key, shown this once. */
    @POST
    @Path("new")
    public JsonObject create() {
        return WireObject.create().put("apiKey", keys.create(caller.user()).secret()).build();
    }

    /**
     * E49: someone else's key answers 403, as AnythingLLM does; a missing key keeps AnythingLLM's body but
     * answers 404 where AnythingLLM answers 500 (docs/compatibility.md): an unknown id is the caller's error.
     */
    @DELETE
    @Path("{id}")
    public Response revoke(@PathParam("id") int id) {
        Outcome<Void> outcome = keys.revoke(id, caller.user());
        int status = outcome.isDone() ? 200 : outcome instanceof Outcome.NotFound<Void> ? 404 : 403;
        JsonObject body = outcome.isDone() ? WireObject.create().put("success", true).build()
                : WireObject.create().put("error", outcome.error()).build();
        return Response.status(status).type(WireObject.JSON_UTF8).entity(body).build();
    }
}
