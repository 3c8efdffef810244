package org.gatehouse.apikeys.boundary;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Map;
import java.util.function.Function;
import org.gatehouse.apikeys.entity.ApiKey;
import org.gatehouse.platform.crypto.SecretDigest;
import org.gatehouse.platform.json.WireObject;
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
}
