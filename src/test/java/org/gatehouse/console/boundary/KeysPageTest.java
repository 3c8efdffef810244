package org.gatehouse.console.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The expiry day of both key pages, as handed to control's one expiry rule. */
class KeysPageTest {

    @Test
    void aDayIsTheStartOfThatDayInUtc() {
        assertEquals("2027-01-31T00:00:00Z", KeysPage.expiresAt("2027-01-31"));
        assertEquals("2027-01-31T00:00:00Z", KeysPage.expiresAt(" 2027-01-31 "));
    }

    @Test
    void noDayIsNoExpiry() {
        assertNull(KeysPage.expiresAt(null));
        assertNull(KeysPage.expiresAt("  "));
    }

    @Test
    void anythingElseIsPassedOnForControlToJudge() {
        assertEquals("31/01/2027", KeysPage.expiresAt("31/01/2027"));
    }

    @Test
    void eachTermsRefusalIsShownNextToItsField() {
        assertEquals("create:name", KeysPage.fieldOf(org.gatehouse.platform.control.Outcome.refused(
                org.gatehouse.apikeys.control.KeyTerms.NAME_RULE)));
        assertEquals("create:expires", KeysPage.fieldOf(org.gatehouse.platform.control.Outcome.refused(
                org.gatehouse.apikeys.control.KeyTerms.EXPIRY_RULE)));
        assertNull(KeysPage.fieldOf(org.gatehouse.platform.control.Outcome.refused("something else")));
    }
}
