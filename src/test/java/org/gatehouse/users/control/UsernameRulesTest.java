package org.gatehouse.users.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.util.Optional;
import org.gatehouse.platform.json.JsValues;
import org.junit.jupiter.api.Test;

/** AnythingLLM's own username checklist (contract appendix C), through String() as the server applies it. */
class UsernameRulesTest {

    private static Optional<String> check(JsonValue value) {
        return UsernameRules.violation(value == null ? "" : JsValues.string(value));
    }

    @Test
    void lengthLimits() {
        assertEquals(Optional.of(UsernameRules.TOO_LONG), check(Json.createValue("a".repeat(65))));
        assertEquals(Optional.empty(), check(Json.createValue("a".repeat(64))));
        assertEquals(Optional.of(UsernameRules.TOO_SHORT), check(Json.createValue("a")));
        assertEquals(Optional.of(UsernameRules.TOO_SHORT), check(null), "undefined on create");
    }

    @Test
    void pattern() {
        for (String bad : new String[] {"Aa1", "a*b", "a#b", "a!b", "1abc", "_abc"}) {
            assertEquals(Optional.of(UsernameRules.PATTERN_MESSAGE), check(Json.createValue(bad)), bad);
        }
        assertEquals(Optional.of(UsernameRules.PATTERN_MESSAGE), check(Json.createValue(123)));
        assertEquals(Optional.of(UsernameRules.PATTERN_MESSAGE), check(Json.createObjectBuilder().build()));
        assertEquals(Optional.of(UsernameRules.TOO_SHORT), check(Json.createArrayBuilder().build()));
    }

    @Test
    void acceptedAsTheUpstreamTestsAccept() {
        for (String good : new String[] {"a123_456.789@", "a123_456.789@example.com", "jane-doe"}) {
            assertEquals(Optional.empty(), check(Json.createValue(good)), good);
        }
        assertEquals(Optional.empty(), check(JsonValue.NULL), "null becomes \"null\"");
        assertEquals(Optional.empty(), check(JsonValue.TRUE), "true becomes \"true\"");
        assertEquals(Optional.empty(), check(JsonValue.FALSE));
    }
}
