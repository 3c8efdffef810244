package org.gatehouse.apikeys.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A key's use is written at most once a minute per key, whichever family it belongs to. */
class KeyUseRecorderTest {

    private static final Instant NOW = Instant.parse("2026-05-01T08:00:00Z");

    @Test
    void theFirstUseIsWrittenThenNoneForAMinute() {
        KeyUseRecorder uses = new KeyUseRecorder();
        assertTrue(uses.due(1, NOW));
        assertFalse(uses.due(1, NOW));
        assertFalse(uses.due(1, NOW.plus(KeyUseRecorder.LAST_USED_PRECISION).minusMillis(1)));
        assertTrue(uses.due(1, NOW.plus(KeyUseRecorder.LAST_USED_PRECISION)));
        assertFalse(uses.due(1, NOW.plus(KeyUseRecorder.LAST_USED_PRECISION).plusSeconds(59)));
    }

    @Test
    void eachKeyHasItsOwnMinute() {
        KeyUseRecorder uses = new KeyUseRecorder();
        assertTrue(uses.due(1, NOW));
        assertTrue(uses.due(2, NOW.plusSeconds(1)));
    }

    @Test
    void aForgottenKeyIsWrittenAtItsNextUse() {
        KeyUseRecorder uses = new KeyUseRecorder();
        assertTrue(uses.due(1, NOW));
        uses.forget(1);
        assertTrue(uses.due(1, NOW.plusSeconds(1)));
    }
}
