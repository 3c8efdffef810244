package org.gatehouse.invites.control;

import java.util.List;
import java.util.stream.Collectors;

/**
 * An invitation to create: the workspaces the new account joins, as the JSON text they were given in.
 * AnythingLLM stores and lists that text unvalidated (contract 6.1); only redeeming reads the ids.
 */
public record NewInvite(String workspaceIds) {

    /** The most characters of workspace ids an invite keeps ({@code invites.workspaceIds}, V1). */
    public static final int MAX_LENGTH = 4000;

    /** More than an invite can keep: refused before any insert, which would fail on the column. */
    public boolean tooLong() {
        return workspaceIds.length() > MAX_LENGTH;
    }

    /** No workspace: {@code "[]"}. */
    public static NewInvite noWorkspaces() {
        return new NewInvite("[]");
    }

    /** Into these workspaces, as a form picks them. */
    public static NewInvite into(List<Integer> workspaceIds) {
        return new NewInvite(workspaceIds.stream().map(String::valueOf).collect(Collectors.joining(",", "[", "]")));
    }
}
