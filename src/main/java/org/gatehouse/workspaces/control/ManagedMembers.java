package org.gatehouse.workspaces.control;

import java.util.List;
import org.gatehouse.platform.control.Outcome;

/**
 * What E96 ({@code manage-users}) did, and the members afterwards, ordered by user id as AnythingLLM lists
 * them; a refusal lists the members as they are, an unknown workspace none.
 */
public record ManagedMembers(Outcome<Void> outcome, List<Member> members) {
}
