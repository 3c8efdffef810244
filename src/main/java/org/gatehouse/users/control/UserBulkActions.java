package org.gatehouse.users.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.List;
import org.gatehouse.platform.control.Outcome;
import org.gatehouse.users.entity.User;

/**
 * One action on several users: each row is the single-user action of {@link UserAdministration} (the same
 * role rules, in a transaction of its own, with its own event), so one refused row neither stops nor undoes
 * the others, and the answer says for each row whether it was done or why not.
 */
@ApplicationScoped
public class UserBulkActions {

    @Inject
    UserAdministration administration;

    /** A row of the answer: the user's id, its name when known, and the outcome of its action. */
    public record RowResult(int userId, String username, Outcome<User> outcome) {
    }

    /** Applies {@code action} to each id once, in the order given. */
    public List<RowResult> apply(User actor, List<Integer> userIds, BulkAction action) {
        return new LinkedHashSet<>(userIds).stream().map(id -> {
            String name = administration.find(id).map(User::getUsername).orElse(null);
            return new RowResult(id, name, one(actor, id, action));
        }).toList();
    }

    private Outcome<User> one(User actor, int id, BulkAction action) {
        if (action instanceof BulkAction.Delete) {
            return administration.delete(actor, id);
        }
        UserChanges changes = action instanceof BulkAction.ChangeRole change ? UserChanges.none().withRole(change.role())
                : UserChanges.none().withSuspended(action instanceof BulkAction.Suspend);
        return administration.update(actor, id, changes);
    }
}
