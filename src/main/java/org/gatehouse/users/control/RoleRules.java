package org.gatehouse.users.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.gatehouse.platform.control.Outcome;
import org.gatehouse.users.entity.Role;
import org.gatehouse.users.entity.User;

/**
 * The rules between roles (contract 4.3), in one place for the REST API, {@code /api/v1} and the admin
 * pages: a manager never touches an admin, and the last admin is never lost. Each check answers the
 * contract's message when the action is refused.
 */
@ApplicationScoped
public class RoleRules {

    public static final String INVALID_ROLE_SELECTION = "Invalid role selection for user.";
    public static final String INVALID_CALLER = "Invalid condition for caller.";
    public static final String CANNOT_MODIFY = "Cannot perform that action on user.";
    public static final String LAST_ADMIN = "No system admins will remain if you do this. Update failed.";

    @Inject
    UserDirectory users;

    /** validRoleSelection: may the caller assign the role asked for (empty: no role in the request)? */
    public Optional<String> roleSelection(User caller, Optional<RoleChoice> requested) {
        if (requested.isEmpty() || isAdmin(caller)) {
            return Optional.empty();
        }
        if (isManager(caller)) {
            return requested.get().names(Role.MANAGER) || requested.get().names(Role.DEFAULT)
                    ? Optional.empty() : Optional.of(INVALID_ROLE_SELECTION);
        }
        return Optional.of(INVALID_CALLER);
    }

    /** The user with this id, when the caller may act on them (validCanModify); else why not. */
    public Outcome<User> modifiable(User caller, int targetId) {
        Optional<User> target = users.byId(targetId);
        if (target.isEmpty()) {
            return Outcome.notFound(UserDirectory.NOT_FOUND);
        }
        Optional<String> refused = canModify(caller, target.get());
        return refused.isPresent() ? Outcome.refused(refused.get()) : Outcome.done(target.get());
    }

    /** validCanModify: may the caller act on this existing user at all? */
    public Optional<String> canModify(User caller, User target) {
        return canModify(caller, Role.fromWire(target.getRole()).orElse(null));
    }

    /** {@link #canModify(User, User)} for a user of this role (a list row carries only the role). */
    public Optional<String> canModify(User caller, Role targetRole) {
        if (isAdmin(caller)) {
            return Optional.empty();
        }
        if (isManager(caller)) {
            return targetRole == Role.MANAGER || targetRole == Role.DEFAULT ? Optional.empty() : Optional.of(CANNOT_MODIFY);
        }
        return Optional.of(INVALID_CALLER);
    }

    /**
     * The last-admin rule, stricter than AnythingLLM's canModifyAdmin: the last <em>active</em> (not
     * suspended) admin can be neither demoted nor suspended (nor deleted: {@link #keepsAnActiveAdminWithout}).
     * It takes the admin-changes lock first, so concurrent changes are decided one after the other;
     * call it inside the transaction that makes the change.
     */
    public Optional<String> keepsAnAdmin(User target, UserChanges changes) {
        return changes.demotesOrSuspends() ? keepsAnActiveAdminWithout(target) : Optional.empty();
    }

    /** Refuses when {@code target} is the only active admin left (lock taken as in {@link #keepsAnAdmin}). */
    public Optional<String> keepsAnActiveAdminWithout(User target) {
        if (!target.is(Role.ADMIN) || target.getSuspended() != 0) {
            return Optional.empty();
        }
        users.lockAdminChanges();
        boolean othersRemain = users.activeAdminIds().stream().anyMatch(id -> !id.equals(target.getId()));
        return othersRemain ? Optional.empty() : Optional.of(LAST_ADMIN);
    }

    private static boolean isAdmin(User user) {
        return user != null && user.is(Role.ADMIN);
    }

    private static boolean isManager(User user) {
        return user != null && user.is(Role.MANAGER);
    }
}
