package org.gatehouse.recovery.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which of the submitted recovery codes are tried (contract 6.2). */
class AccountRecoveryTest {

    private static final String FIRST = "0f8fad5b-d9cb-469f-a165-70867728950e";
    private static final String SECOND = "7c9e6679-7425-40de-944b-e07fc1f90ae7";

    @Test
    void codesAreTrimmedDeduplicatedAndOnlyTheFirstTwoUuidsCount() {
        assertEquals(List.of(FIRST, SECOND), AccountRecovery.candidateCodes(
                List.of(" " + FIRST + " ", "not-a-uuid", FIRST, SECOND, "3f2504e0-4f89-41d3-9a0c-0305e82c3301")));
    }

    @Test
    void fewerThanTwoUsableCodesLeaveFewerCandidates() {
        assertEquals(List.of(FIRST), AccountRecovery.candidateCodes(List.of(FIRST, FIRST.toUpperCase().replace('4', 'x'))));
        assertEquals(List.of(), AccountRecovery.candidateCodes(List.of()));
    }
}
