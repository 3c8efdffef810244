package org.gatehouse.platform.json;

import jakarta.json.stream.JsonGenerator;
import java.io.OutputStream;
import java.time.Instant;

/**
 * A JSON answer written straight to the response as it is produced, for lists too long to hold as a tree
 * (100,000 users are 24 MB of JSON): the same text {@link WireObject} would give, field for field.
 */
public final class WireStream implements WireFields {

    private final JsonGenerator json;

    private WireStream(JsonGenerator json) {
        this.json = json;
    }

    /** UTF-8 onto the response body. */
    public static WireStream of(OutputStream body) {
        return new WireStream(Jsonp.PROVIDER.createGenerator(body));
    }

    /** Opens an object: the answer itself, or the next element of an open array. */
    public WireStream object() {
        json.writeStartObject();
        return this;
    }

    /** Opens an array under this key of the open object. */
    public WireStream array(String key) {
        json.writeStartArray(key);
        return this;
    }

    /** Closes the innermost open object or array. */
    public WireStream end() {
        json.writeEnd();
        return this;
    }

    /** Sends what is buffered; the response stream stays open for the container to close. */
    public void flush() {
        json.flush();
    }

    @Override
    public WireStream put(String key, String value) {
        if (value == null) {
            json.writeNull(key);
        } else {
            json.write(key, value);
        }
        return this;
    }

    @Override
    public WireStream put(String key, Integer value) {
        if (value == null) {
            json.writeNull(key);
        } else {
            json.write(key, value.intValue());
        }
        return this;
    }

    @Override
    public WireStream put(String key, Boolean value) {
        if (value == null) {
            json.writeNull(key);
        } else {
            json.write(key, value.booleanValue());
        }
        return this;
    }

    @Override
    public WireStream put(String key, Instant value) {
        return put(key, value == null ? null : Timestamps.format(value));
    }
}
