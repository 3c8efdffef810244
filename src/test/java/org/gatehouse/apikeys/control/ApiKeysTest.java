package org.gatehouse.apikeys.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.gatehouse.platform.control.Outcome;
import org.junit.jupiter.api.Test;

/** The rules a new developer API key passes before anything is stored (E42, E45). */
class ApiKeysTest {

    private static final Instant NOW = Instant.parse("2026-05-01T08:00:00Z");

    private static ApiKeys keysAt(Instant now) {
        ApiKeys keys = new ApiKeys();
        keys.clock = Clock.fixed(now, ZoneOffset.UTC);
        return keys;
    }

    @Test
    void aKeyWithoutExpiryNeverExpires() {
        assertEquals(Outcome.done(Optional.empty()), ApiKeys.expiry(null, NOW));
    }

    @Test
    void anExpiryInTheFutureIsKept() {
        assertEquals(Outcome.done(Optional.of(Instant.parse("2026-05-02T08:00:00Z"))),
                ApiKeys.expiry("2026-05-02T08:00:00Z", NOW));
        assertEquals(Outcome.done(Optional.of(NOW.plusMillis(1))), ApiKeys.expiry("2026-05-01T08:00:00.001Z", NOW));
    }

    @Test
    void anExpiryNowOrInThePastIsRefused() {
        assertEquals(Outcome.refused(ApiKeys.EXPIRY_RULE), ApiKeys.expiry("2026-05-01T08:00:00Z", NOW));
        assertEquals(Outcome.refused(ApiKeys.EXPIRY_RULE), ApiKeys.expiry("2020-01-01T00:00:00Z", NOW));
    }

    @Test
    void anExpiryThatIsNotAnIsoInstantIsRefused() {
        for (String text : new String[] {"tomorrow", "", "2027-01-31", "2027-01-31T00:00:00", "5", "true", "[\"2027-01-31T00:00:00Z\"]"}) {
            assertEquals(Outcome.refused(ApiKeys.EXPIRY_RULE), ApiKeys.expiry(text, NOW), text);
        }
    }

    @Test
    void theRefusalNamesTheExpectedFormat() {
        assertEquals("expiresAt must be an ISO-8601 instant in the future, such as 2027-01-31T00:00:00Z", ApiKeys.EXPIRY_RULE);
    }

    @Test
    void aRefusedKeyIsNeverStored() {
        // No entity manager is wired: reaching the store would fail, so a refusal must come first.
        Outcome<ApiKeys.Created> outcome = keysAt(NOW).create(new ApiKeys.NewApiKey("ci", "2020-01-01T00:00:00Z"), null);
        assertEquals(Outcome.refused(ApiKeys.EXPIRY_RULE), outcome);
        assertEquals(Outcome.refused(ApiKeys.EXPIRY_RULE),
                keysAt(NOW).create(new ApiKeys.NewApiKey(null, "2026-05-01T08:00:00Z"), null));
    }

    @Test
    void namesAreTrimmedAndBlankMeansNone() {
        assertEquals("ci", ApiKeys.name("  ci  "));
        assertNull(ApiKeys.name("   "));
        assertNull(ApiKeys.name(""));
        assertNull(ApiKeys.name(null));
    }
}
