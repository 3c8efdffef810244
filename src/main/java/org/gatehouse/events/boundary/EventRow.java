package org.gatehouse.events.boundary;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.gatehouse.events.entity.EventLog;
import org.gatehouse.platform.json.JsonText;

/**
 * One event as the page shows it: its user's name (null when it has no user, the id alone when the user is
 * gone), its metadata as {@code key: value} pairs (text unquoted, anything else as JSON), and the whole
 * metadata pretty-printed. Metadata that is not a JSON object is shown as it is.
 */
public record EventRow(EventLog event, String username, List<Pair> pairs, String json) {

    /** One metadata entry, for reading. */
    public record Pair(String key, String value) {
    }

    static EventRow of(EventLog event, String username) {
        String metadata = event.getMetadata() == null ? "" : event.getMetadata();
        JsonValue parsed = parse(metadata);
        if (!(parsed instanceof JsonObject object)) {
            return new EventRow(event, username, List.of(), metadata);
        }
        List<Pair> pairs = object.entrySet().stream().map(entry -> new Pair(entry.getKey(),
                entry.getValue() instanceof JsonString text ? text.getString() : entry.getValue().toString())).toList();
        return new EventRow(event, username, pairs, pretty(object));
    }

    /** The badge's colour class: failures red, sign-ins green, the rest neutral. */
    public String badgeClass() {
        String name = event.getEvent();
        if (name.startsWith("failed_")) {
            return "badge badge-error";
        }
        if (name.equals("login_event")) {
            return "badge badge-ok";
        }
        return name.contains("deleted") || name.contains("cleared") ? "badge badge-warn" : "badge";
    }

    private static JsonValue parse(String metadata) {
        if (metadata.isBlank()) {
            return null;
        }
        return JsonText.read(metadata).orElse(null);
    }

    private static String pretty(JsonObject object) {
        StringWriter out = new StringWriter();
        try (JsonWriter writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out)) {
            writer.write(object);
        }
        return out.toString().strip();
    }
}
