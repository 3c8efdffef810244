package org.gatehouse.platform.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** JWT_EXPIRY's notation, as the ms package reads it. */
class MsDurationTest {

    @Test
    void unitsAndSpellings() {
        assertEquals(Optional.of(Duration.ofDays(30)), MsDuration.parse("30d"));
        assertEquals(Optional.of(Duration.ofHours(12)), MsDuration.parse("12h"));
        assertEquals(Optional.of(Duration.ofMinutes(90)), MsDuration.parse("1.5 hours"));
        assertEquals(Optional.of(Duration.ofMinutes(90)), MsDuration.parse("90m"));
        assertEquals(Optional.of(Duration.ofMinutes(2)), MsDuration.parse("2 mins"));
        assertEquals(Optional.of(Duration.ofSeconds(10)), MsDuration.parse("10s"));
        assertEquals(Optional.of(Duration.ofDays(14)), MsDuration.parse("2w"));
        assertEquals(Optional.of(Duration.ofMillis(500)), MsDuration.parse("500ms"));
        assertEquals(Optional.of(Duration.ofMillis(31_557_600_000L)), MsDuration.parse("1y"));
    }

    @Test
    void aBareNumberIsMilliseconds() {
        assertEquals(Optional.of(Duration.ofMillis(60000)), MsDuration.parse("60000"));
    }

    @Test
    void unreadableTextIsEmpty() {
        assertEquals(Optional.empty(), MsDuration.parse("soon"));
        assertEquals(Optional.empty(), MsDuration.parse("30 parsecs"));
        assertEquals(Optional.empty(), MsDuration.parse(""));
        assertEquals(Optional.empty(), MsDuration.parse(null));
    }
}
