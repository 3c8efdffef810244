package org.gatehouse.platform.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
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
}
