package org.gatehouse.settings.boundary;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.List;
import org.gatehouse.platform.json.WireObject;
import org.gatehouse.settings.control.EnvironmentSettings;

/**
 * E40 and E104, the one implementation of both {@code update-env} endpoints: the body's keys in order,
 * and the answer with {@code error} the boolean {@code false} on success, the message otherwise
 * (contract quirk 5).
 */
public final class UpdateEnvAnswer {

    private UpdateEnvAnswer() {
    }

    /** Applies the body; {@code actorId} is null for the developer API. */
    public static JsonObject of(EnvironmentSettings environment, JsonObject body, Integer actorId) {
        List<EnvironmentSettings.Change> changes = body.entrySet().stream()
                .map(entry -> new EnvironmentSettings.Change(entry.getKey(),
                        entry.getValue() instanceof JsonString text ? text.getString() : null))
                .toList();
        EnvironmentSettings.Applied applied = environment.update(changes, actorId);
        JsonObjectBuilder newValues = Json.createObjectBuilder();
        applied.newValues().forEach(newValues::add);
        return WireObject.create().putValue("newValues", newValues.build())
                .putValue("error", applied.error().<JsonValue>map(Json::createValue).orElse(JsonValue.FALSE))
                .build();
    }
}
