package org.gatehouse.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

class JsonBodyReaderTest {

    @Test
    void readsAnObject() {
        JsonObject body = JsonBodyReader.parse("{\"username\":\"jane\",\"password\":\"pw\"}");
        assertEquals("jane", body.getString("username"));
    }

    @Test
    void anEmptyBodyIsAnEmptyObject() {
        assertEquals(JsonValue.EMPTY_JSON_OBJECT, JsonBodyReader.parse(""));
        assertEquals(JsonValue.EMPTY_JSON_OBJECT, JsonBodyReader.parse("  \n"));
        assertEquals(JsonValue.EMPTY_JSON_OBJECT, JsonBodyReader.parse(null));
    }

    @Test
    void malformedOrNonObjectBodiesAreRejectedWithoutEchoingThem() {
        for (String body : new String[] {"{\"password\":\"hunter2\"", "[1,2]", "\"text\"", "password=hunter2", "{} {}"}) {
            MalformedJsonException error = assertThrows(MalformedJsonException.class, () -> JsonBodyReader.parse(body), body);
            assertFalse(error.getMessage().contains("hunter2"), "no echo of the body");
        }
    }
}
