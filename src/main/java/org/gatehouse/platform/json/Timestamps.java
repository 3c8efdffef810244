package org.gatehouse.platform.json;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Timestamps on the wire: ISO-8601 UTC with milliseconds, as JavaScript's {@code Date.toJSON()} writes them. */
public final class Timestamps {

    private static final DateTimeFormatter WIRE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private Timestamps() {
    }

    public static String format(Instant instant) {
        return WIRE.format(instant);
    }
}
