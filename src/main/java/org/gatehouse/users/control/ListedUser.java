package org.gatehouse.users.control;

import java.time.Instant;

/** The columns of a user that lists show (the filtered user of contract 2.1), read without the rest of the row. */
public record ListedUser(Integer id, String username, String pfpFilename, String role, int suspended,
                         Boolean seenRecoveryCodes, Instant createdAt, Instant lastUpdatedAt, Integer dailyMessageLimit,
                         String bio) {
}
