package org.gatehouse.workspaces.control;

import java.time.Instant;

/** A workspace member whose user exists, as E30, E94 and E96 list them ({@code lastUpdatedAt} is the membership's). */
public record Member(int userId, String username, String role, Instant lastUpdatedAt) {
}
