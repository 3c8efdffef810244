package org.gatehouse.apikeys.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import org.gatehouse.platform.control.Outcome;
import org.junit.jupiter.api.Test;

/** The name and expiry rule both key families share (API keys E42/E45, browser-extension keys from the console). */
class KeyTermsTest {

    private static final Instant NOW = Instant.parse("2026-05-01T08:00:00Z");

    @Test
    void aNameLongerThanItsColumnIsRefused() {
        assertEquals(Outcome.done(new KeyTerms("n".repeat(255), null)), KeyTerms.of(" " + "n".repeat(255) + " ", null, NOW));
        assertEquals(Outcome.refused(KeyTerms.NAME_RULE), KeyTerms.of("n".repeat(256), null, NOW));
    }

    @Test
    void aKeyWithoutExpiryNeverExpires() {
        assertEquals(Outcome.done(Optional.empty()), KeyTerms.expiry(null, NOW));
        assertEquals(Outcome.done(new KeyTerms(null, null)), KeyTerms.of(null, null, NOW));
        assertTrue(KeyTerms.usableAt(null, Instant.MAX));
    }

    @Test
    void anExpiryInTheFutureIsKept() {
        assertEquals(Outcome.done(Optional.of(Instant.parse("2026-05-02T08:00:00Z"))),
                KeyTerms.expiry("2026-05-02T08:00:00Z", NOW));
        assertEquals(Outcome.done(Optional.of(NOW.plusMillis(1))), KeyTerms.expiry("2026-05-01T08:00:00.001Z", NOW));
        assertEquals(Outcome.done(new KeyTerms("ci", Instant.parse("2026-05-02T08:00:00Z"))),
                KeyTerms.of(" ci ", "2026-05-02T08:00:00Z", NOW));
    }

    @Test
    void anExpiryNowOrInThePastIsRefused() {
        assertEquals(Outcome.refused(KeyTerms.EXPIRY_RULE), KeyTerms.expiry("2026-05-01T08:00:00Z", NOW));
        assertEquals(Outcome.refused(KeyTerms.EXPIRY_RULE), KeyTerms.expiry("2020-01-01T00:00:00Z", NOW));
        assertEquals(Outcome.refused(KeyTerms.EXPIRY_RULE), KeyTerms.of("ci", "2020-01-01T00:00:00Z", NOW));
    }

    @Test
    void anExpiryThatIsNotAnIsoInstantIsRefused() {
        for (String text : new String[] {"tomorrow", "", "2027-01-31", "2027-01-31T00:00:00", "5", "true", "[\"2027-01-31T00:00:00Z\"]"}) {
            assertEquals(Outcome.refused(KeyTerms.EXPIRY_RULE), KeyTerms.expiry(text, NOW), text);
        }
    }

    @Test
    void theRefusalNamesTheExpectedFormatAndIsTheApiKeysOne() {
        assertEquals("expiresAt must be an ISO-8601 instant in the future, such as 2027-01-31T00:00:00Z", KeyTerms.EXPIRY_RULE);
        assertEquals(KeyTerms.EXPIRY_RULE, ApiKeys.EXPIRY_RULE);
    }

    @Test
    void namesAreTrimmedAndBlankMeansNone() {
        assertEquals("ci", KeyTerms.name("  ci  "));
        assertNull(KeyTerms.name("   "));
        assertNull(KeyTerms.name(""));
        assertNull(KeyTerms.name(null));
    }

    @Test
    void aKeyStopsWorkingAtItsExpiryInstant() {
        Instant expiry = NOW.plusSeconds(60);
        assertTrue(KeyTerms.usableAt(expiry, expiry.minusMillis(1)));
        assertFalse(KeyTerms.usableAt(expiry, expiry));
        assertFalse(KeyTerms.usableAt(expiry, expiry.plusSeconds(1)));
    }
}
