package org.gatehouse.console.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The expiry day of the API keys page, as handed to control's one expiry rule. */
class ApiKeysPageTest {

    @Test
    void aDayIsTheStartOfThatDayInUtc() {
        assertEquals("2027-01-31T00:00:00Z", ApiKeysPage.expiresAt("2027-01-31"));
        assertEquals("2027-01-31T00:00:00Z", ApiKeysPage.expiresAt(" 2027-01-31 "));
    }

    @Test
    void noDayIsNoExpiry() {
        assertNull(ApiKeysPage.expiresAt(null));
        assertNull(ApiKeysPage.expiresAt("  "));
    }

    @Test
    void anythingElseIsPassedOnForControlToJudge() {
        assertEquals("31/01/2027", ApiKeysPage.expiresAt("31/01/2027"));
    }
}
