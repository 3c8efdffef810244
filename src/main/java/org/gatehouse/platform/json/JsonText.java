package org.gatehouse.platform.json;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Reads JSON text that came from outside (request bodies, and the JSON a client had stored in a setting)
 * within limits every JSON-P provider and every later read can take: containers nested at most
 * {@value #MAX_DEPTH} deep, numbers of at most {@value #MAX_NUMBER_CHARS} characters whose decimal exponent
 * stays within {@value #MAX_SCALE}. Past a limit the text is simply not read, like malformed text: the
 * providers' own limits throw exceptions that are not {@code JsonException}s (Parsson: a plain
 * {@code RuntimeException} for depth, {@code UnsupportedOperationException} for long numbers), and a number
 * such as {@code 1e1000000000} parses but makes {@code bigIntegerValue()} or {@code longValue()} build a
 * billion-digit integer. Within the limits, every {@link JsonNumber} conversion is cheap.
 */
public final class JsonText {

    /** Far deeper than any body of the contract (at most four levels), far shallower than any stack. */
    public static final int MAX_DEPTH = 100;

    /** Longer than any number a client sends (JavaScript numbers have 17 significant digits). */
    public static final int MAX_NUMBER_CHARS = 1000;

    /** The largest accepted {@code BigDecimal} scale, either sign: past ±1e1000 a double is 0 or infinite anyway. */
    public static final int MAX_SCALE = 1000;

    private JsonText() {
    }

    /** Exactly one JSON value and nothing after it, within the limits; empty otherwise. */
    public static Optional<JsonValue> read(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try (JsonParser parser = Jsonp.PROVIDER.createParser(new StringReader(text))) {
            return Optional.ofNullable(readValue(parser));
        } catch (RuntimeException unreadable) {
            // Whatever the provider throws for text it cannot or will not read: not JSON we accept.
            return Optional.empty();
        }
    }

    /** {@link #read}, when the value is an object. */
    public static Optional<JsonObject> readObject(String text) {
        return read(text).filter(JsonObject.class::isInstance).map(JsonObject.class::cast);
    }

    /** {@link #read}, when the value is an array. */
    public static Optional<JsonArray> readArray(String text) {
        return read(text).filter(JsonArray.class::isInstance).map(JsonArray.class::cast);
    }

    /** Builds the tree without recursion, so the depth limit is this class's, whatever the provider's. */
    private static JsonValue readValue(JsonParser parser) {
        Deque<Container> open = new ArrayDeque<>();
        JsonValue root = null;
        while (parser.hasNext()) {
            JsonParser.Event event = parser.next();
            if (root != null) {
                return null; // a second value after the first: JSON.parse rejects trailing content too
            }
            JsonValue done = switch (event) {
                case START_OBJECT, START_ARRAY -> {
                    if (open.size() >= MAX_DEPTH) {
                        throw new LimitExceeded();
                    }
                    open.push(new Container(event == JsonParser.Event.START_OBJECT));
                    yield null;
                }
                case KEY_NAME -> {
                    open.peek().key = parser.getString();
                    yield null;
                }
                case END_OBJECT, END_ARRAY -> open.pop().build();
                case VALUE_NUMBER -> number(parser);
                default -> parser.getValue();
            };
            if (done != null) {
                if (open.isEmpty()) {
                    root = done;
                } else {
                    open.peek().add(done);
                }
            }
        }
        return open.isEmpty() ? root : null;
    }

    private static JsonValue number(JsonParser parser) {
        if (parser.getString().length() > MAX_NUMBER_CHARS) {
            throw new LimitExceeded();
        }
        JsonNumber number = (JsonNumber) parser.getValue();
        if (Math.abs(number.bigDecimalValue().scale()) > MAX_SCALE) {
            throw new LimitExceeded();
        }
        return number;
    }

    /** Thrown inside {@link #read} only, to leave the parse at once. */
    private static final class LimitExceeded extends RuntimeException {
        LimitExceeded() {
            super(null, null, false, false);
        }
    }

    private static final class Container {

        private final JsonObjectBuilder object;
        private final JsonArrayBuilder array;
        private String key;

        Container(boolean isObject) {
            object = isObject ? Jsonp.PROVIDER.createObjectBuilder() : null;
            array = isObject ? null : Jsonp.PROVIDER.createArrayBuilder();
        }

        void add(JsonValue value) {
            if (object != null) {
                object.add(key, value);
            } else {
                array.add(value);
            }
        }

        JsonValue build() {
            return object != null ? object.build() : array.build();
        }
    }
}
