package org.gatehouse.workspaces.control;

/** A user who could be a member of a workspace, and whether they are one now. */
public record MemberCandidate(int userId, String username, String role, boolean member) {
}
