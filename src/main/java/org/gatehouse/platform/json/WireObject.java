package org.gatehouse.platform.json;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.time.Instant;

/**
 * Builds a JSON response object with AnythingLLM's null semantics spelled out: {@code put} writes a JSON
 * {@code null} for a null value, {@code putIfDefined} leaves the key out, as JavaScript drops
 * {@code undefined} keys.
 */
public final class WireObject implements WireFields {

    /** The content type of every JSON response, as Express sends it. */
    public static final String JSON_UTF8 = "application/json; charset=utf-8";

    private static final JsonProvider JSON = Jsonp.PROVIDER;

    private final JsonObjectBuilder builder = JSON.createObjectBuilder();

    private WireObject() {
    }

    public static WireObject create() {
        return new WireObject();
    }

    @Override
    public WireObject put(String key, String value) {
        return putValue(key, value == null ? JsonValue.NULL : JSON.createValue(value));
    }

    @Override
    public WireObject put(String key, Integer value) {
        return putValue(key, value == null ? JsonValue.NULL : JSON.createValue(value));
    }

    public WireObject put(String key, Long value) {
        return putValue(key, value == null ? JsonValue.NULL : JSON.createValue(value));
    }

    public WireObject put(String key, Double value) {
        return putValue(key, value == null ? JsonValue.NULL : JSON.createValue(value));
    }

    public WireObject put(String key, boolean value) {
        return putValue(key, value ? JsonValue.TRUE : JsonValue.FALSE);
    }

    @Override
    public WireObject put(String key, Boolean value) {
        return value == null ? putValue(key, JsonValue.NULL) : put(key, value.booleanValue());
    }

    @Override
    public WireObject put(String key, Instant value) {
        return put(key, value == null ? null : Timestamps.format(value));
    }

    public WireObject putValue(String key, JsonValue value) {
        builder.add(key, value == null ? JsonValue.NULL : value);
        return this;
    }

    /** Adds the key only when the value is not null (JavaScript's {@code undefined} is omitted). */
    public WireObject putIfDefined(String key, String value) {
        return value == null ? this : put(key, value);
    }

    public JsonObject build() {
        return builder.build();
    }
}
