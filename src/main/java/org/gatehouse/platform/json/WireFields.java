package org.gatehouse.platform.json;

import java.time.Instant;

/**
 * Where the fields of one wire object go: into a tree ({@link WireObject}) or straight into a streamed
 * answer ({@link WireStream}). A shape written once against this serves both, so a list streamed field
 * by field cannot drift from the same object answered alone. A null value is a JSON {@code null}.
 */
public interface WireFields {

    WireFields put(String key, String value);

    WireFields put(String key, Integer value);

    WireFields put(String key, Boolean value);

    /** A timestamp in the wire format of {@link Timestamps}, or JSON null. */
    WireFields put(String key, Instant value);
}
