package org.gatehouse.platform.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WireStreamTest {

    /** One shape written into both: the streamed text is the tree's text, nulls, escapes and all. */
    private static <T extends WireFields> T fields(T json, boolean withNulls) {
        json.put("id", withNulls ? null : 42);
        json.put("username", withNulls ? null : "m\u00efa \"the\" \\ admin\n\u2028\u0001");
        json.put("seen", withNulls ? null : Boolean.FALSE);
        json.put("createdAt", withNulls ? null : Instant.parse("2026-03-04T05:06:07.089Z"));
        json.put("bio", withNulls ? null : "");
        return json;
    }

    @Test
    void aStreamedObjectIsTheTreeObjectsText() {
        for (boolean withNulls : new boolean[] {false, true}) {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            WireStream stream = WireStream.of(body).object().array("users");
            fields(stream.object(), withNulls).end();
            fields(stream.object(), withNulls).end();
            stream.end().end().flush();
            String object = fields(WireObject.create(), withNulls).build().toString();
            assertEquals("{\"users\":[" + object + "," + object + "]}", body.toString(StandardCharsets.UTF_8));
        }
    }
}
