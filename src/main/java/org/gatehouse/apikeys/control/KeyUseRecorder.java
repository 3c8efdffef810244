package org.gatehouse.apikeys.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * When keys of one family were last used, kept to the minute: a key used on every request must not cost a
 * database write on every request. Each node remembers what it wrote, so a key is written at most once a
 * minute per node; a list shows the use to the minute, which is all it needs.
 */
public final class KeyUseRecorder {

    /** How fresh a recorded use is at worst. */
    public static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    /** What this node last wrote for each key id. */
    private final Map<Integer, Instant> lastWritten = new ConcurrentHashMap<>();

    /**
     * Whether a use of this key at {@code now} is to be written (and remembers it): the first use, or one at
     * least {@link #LAST_USED_PRECISION} after the last write.
     */
    public boolean due(int keyId, Instant now) {
        boolean[] due = {false};
        lastWritten.compute(keyId, (id, previous) -> {
            if (previous != null && now.isBefore(previous.plus(LAST_USED_PRECISION))) {
                return previous;
            }
            due[0] = true;
            return now;
        });
        return due[0];
    }

    /** Forgets a key (revoked or deleted), so the map does not keep ids that can never be used again. */
    public void forget(int keyId) {
        lastWritten.remove(keyId);
    }
}
