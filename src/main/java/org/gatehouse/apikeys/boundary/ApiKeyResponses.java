package org.gatehouse.apikeys.boundary;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.function.Function;
import org.gatehouse.apikeys.control.ApiKeys;
import org.gatehouse.apikeys.entity.ApiKey;
import org.gatehouse.platform.crypto.SecretDigest;
import org.gatehouse.platform.json.WireObject;
import org.gatehouse.platform.rest.ErrorMapper;
import org.gatehouse.users.entity.User;

/** What both key families (E41-E46) answer: rows with the secret masked, or shown once at creation. */
final class ApiKeyResponses {

    private ApiKeyResponses() {
    }

    static JsonObject row(ApiKey key, String secret, JsonValue createdBy) {
        return WireObject.create()
                .put("id", key.getId())
                .put("name", key.getName())
                .put("secret", secret != null ? secret : SecretDigest.masked(key.getSecretPrefix()))
                .putValue("createdBy", createdBy)
                .put("createdAt", key.getCreatedAt())
                .put("lastUpdatedAt", key.getLastUpdatedAt())
                .put("expiresAt", key.getExpiresAt())
                .put("lastUsedAt", key.getLastUsedAt())
                .build();
    }

    static JsonValue id(Integer id) {
        return id == null ? JsonValue.NULL : jakarta.json.Json.createValue(id);
    }

    static JsonObject list(Iterable<ApiKey> keys, Function<ApiKey, JsonValue> createdBy) {
        JsonArrayBuilder rows = jakarta.json.Json.createArrayBuilder();
        keys.forEach(key -> rows.add(row(key, null, createdBy.apply(key))));
        return WireObject.create().putValue("apiKeys", rows.build()).put("error", (String) null).build();
    }

    /** {@code createdBy} as the admin list shows it: {@code {id, username, role}} while the user exists. */
    static JsonValue creator(ApiKey key, Map<Integer, User> users) {
        User user = key.getCreatedBy() == null ? null : users.get(key.getCreatedBy());
        return user == null ? id(key.getCreatedBy()) : WireObject.create().put("id", user.getId())
                .put("username", user.getUsername()).put("role", user.getRole()).build();
    }

    /** E42 / E45: {@code name} trimmed (blank: null), optional {@code expiresAt} in the future. */
    static Response create(ApiKeys keys, JsonObject body, User creator, Instant now) {
        String name = body.get("name") instanceof JsonString text && !text.getString().isBlank() ? text.getString().trim() : null;
        Instant expiresAt = null;
        JsonValue given = body.get("expiresAt");
        if (given != null && given != JsonValue.NULL) {
            expiresAt = given instanceof JsonString text ? parseInstant(text.getString()) : null;
            if (expiresAt == null || !expiresAt.isAfter(now)) {
                return Response.status(400).type(WireObject.JSON_UTF8).entity(WireObject.create().put("apiKey", (String) null)
                        .put("error", "expiresAt must be an ISO-8601 instant in the future, such as 2027-01-31T00:00:00Z")
                        .build()).build();
            }
        }
        ApiKeys.Created created = keys.create(name, creator, expiresAt);
        return Response.ok(WireObject.create()
                .putValue("apiKey", row(created.key(), created.secret(), id(created.key().getCreatedBy())))
                .put("error", (String) null).build(), WireObject.JSON_UTF8).build();
    }

    private static Instant parseInstant(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException notAnInstant) {
            return null;
        }
    }

    /** E43 / E46: text 400 for a non-numeric id, else an empty 200. */
    static Response delete(ApiKeys keys, String id, User actor) {
        return org.gatehouse.platform.rest.PathIds.parse(id)
                .map(keyId -> {
                    keys.delete(keyId, actor);
                    return Response.ok().build();
                })
                .orElseGet(() -> ErrorMapper.statusText(400));
    }
}
