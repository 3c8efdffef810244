package org.gatehouse.platform.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WireObjectTest {

    @Test
    void nullIsWrittenAsJsonNullButUndefinedIsLeftOut() {
        String json = WireObject.create()
                .put("token", (String) null)
                .putIfDefined("message", null)
                .put("valid", false)
                .put("suspended", 0)
                .build().toString();
        assertEquals("{\"token\":null,\"valid\":false,\"suspended\":0}", json);
    }

    @Test
    void timestampsAreIsoUtcWithMilliseconds() {
        assertEquals("2025-02-03T10:11:12.345Z", Timestamps.format(Instant.parse("2025-02-03T10:11:12.345678Z")));
        assertEquals("2025-02-03T10:11:12.000Z", Timestamps.format(Instant.parse("2025-02-03T10:11:12Z")));
        assertEquals("{\"createdAt\":\"2025-02-03T10:11:12.000Z\"}",
                WireObject.create().put("createdAt", Instant.parse("2025-02-03T10:11:12Z")).build().toString());
    }

    @Test
    void timestampsMatchTheWirePatternInEveryYear() {
        DateTimeFormatter pattern = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
        Random random = new Random(12);
        for (int i = 0; i < 100_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong(-62_200_000_000L, 253_500_000_000L),
                    random.nextInt(1_000_000_000));
            assertEquals(pattern.format(instant), Timestamps.format(instant), instant.toString());
        }
        for (String edge : new String[] {"0001-01-01T00:00:00Z", "0000-12-31T23:59:59.999Z", "9999-12-31T23:59:59.999999999Z",
                "+10000-01-01T00:00:00Z", "1969-12-31T23:59:59.999Z", "1970-01-01T00:00:00.001Z"}) {
            Instant instant = Instant.parse(edge);
            assertEquals(pattern.format(instant), Timestamps.format(instant), edge);
        }
    }
}
