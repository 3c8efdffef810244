package org.gatehouse.apikeys.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.gatehouse.platform.control.Outcome;
import org.junit.jupiter.api.Test;

/** A new developer API key passes {@link KeyTerms} before anything is stored (E42, E45). */
class ApiKeysTest {

    private static final Instant NOW = Instant.parse("2026-05-01T08:00:00Z");

    private static ApiKeys keysAt(Instant now) {
        ApiKeys keys = new ApiKeys();
        keys.clock = Clock.fixed(now, ZoneOffset.UTC);
        return keys;
    }

    @Test
    void aRefusedKeyIsNeverStored() {
        // No entity manager is wired: reaching the store would fail, so a refusal must come first.
        Outcome<ApiKeys.Created> outcome = keysAt(NOW).create(new ApiKeys.NewApiKey("ci", "2020-01-01T00:00:00Z"), null);
        assertEquals(Outcome.refused(ApiKeys.EXPIRY_RULE), outcome);
        assertEquals(Outcome.refused(ApiKeys.EXPIRY_RULE),
                keysAt(NOW).create(new ApiKeys.NewApiKey(null, "2026-05-01T08:00:00Z"), null));
    }
}
