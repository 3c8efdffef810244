package org.gatehouse.platform.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JsonTextTest {

    @Test
    void readsWhatTheProviderReads() {
        String text = "{\"a\":[1,2.5,-3e2,\"x\",true,false,null,{\"b\":{}}],\"c\":\"\\u00e9\",\"a2\":[]}";
        assertEquals(Optional.of(Json.createReader(new StringReader(text)).readValue()), JsonText.read(text));
        assertEquals(Optional.of(Json.createValue("x")), JsonText.read(" \"x\" "));
        assertEquals(Optional.of(Json.createValue(7)), JsonText.read("7"));
    }

    @Test
    void duplicateKeysKeepTheLastValueAsJsonParseDoes() {
        assertEquals(2, JsonText.readObject("{\"a\":1,\"a\":2}").orElseThrow().getInt("a"));
    }

    @Test
    void malformedAndTrailingTextIsNotRead() {
        for (String text : new String[] {"", " ", "{", "{\"a\":}", "[1,]", "{} {}", "{}x", "[1]]", "nul", "{'a':1}"}) {
            assertEquals(Optional.empty(), JsonText.read(text), text);
        }
        assertEquals(Optional.empty(), JsonText.read(null));
    }

    @Test
    void nestingStopsAtTheLimitWhateverTheProviderAllows() {
        String atTheLimit = "[".repeat(JsonText.MAX_DEPTH) + "]".repeat(JsonText.MAX_DEPTH);
        assertTrue(JsonText.read(atTheLimit).isPresent());
        String beyond = "[".repeat(JsonText.MAX_DEPTH + 1) + "]".repeat(JsonText.MAX_DEPTH + 1);
        assertEquals(Optional.empty(), JsonText.read(beyond));
        String objects = "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000);
        assertEquals(Optional.empty(), JsonText.read(objects));
        assertEquals(Optional.empty(), JsonText.read("[".repeat(1_000_000)));
    }

    @Test
    void numbersBeyondTheLimitsAreNotRead() {
        assertEquals(Optional.empty(), JsonText.read("{\"n\":" + "9".repeat(100_000) + "}"));
        assertEquals(Optional.empty(), JsonText.read("[0." + "1".repeat(JsonText.MAX_NUMBER_CHARS) + "]"));
        assertEquals(Optional.empty(), JsonText.read("[1e1000000000]"));
        assertEquals(Optional.empty(), JsonText.read("[1e-1000000000]"));
        assertEquals(Optional.empty(), JsonText.read("[1E+" + (JsonText.MAX_SCALE + 1) + "]"));
    }

    @Test
    void numbersWithinTheLimitsConvertCheaply() {
        String longest = "9".repeat(JsonText.MAX_NUMBER_CHARS);
        JsonNumber big = JsonText.readArray("[" + longest + "]").orElseThrow().getJsonNumber(0);
        assertEquals(longest, big.bigIntegerValue().toString());
        big.intValue();
        big.longValue();
        JsonNumber huge = JsonText.readArray("[1e" + JsonText.MAX_SCALE + "]").orElseThrow().getJsonNumber(0);
        assertEquals(JsonText.MAX_SCALE + 1, huge.bigIntegerValue().toString().length());
        assertEquals(Double.POSITIVE_INFINITY, huge.doubleValue());
        JsonObject small = JsonText.readObject("{\"n\":1e-" + JsonText.MAX_SCALE + "}").orElseThrow();
        assertEquals(0.0, small.getJsonNumber("n").doubleValue());
        assertEquals(0, small.getJsonNumber("n").intValue());
    }
}
