package org.gatehouse.users.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.Optional;
import java.util.Set;
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

    private static final Set<String> MANAGER_ASSIGNABLE = Set.of(Role.MANAGER.wireName(), Role.DEFAULT.wireName());

    @Inject
    UserDirectory users;

    /** validRoleSelection: may the caller assign the role the body asks for? */
    public Optional<String> roleSelection(User caller, JsonObject body) {
        if (!body.containsKey("role")) {
            return Optional.empty();
        }
        if (isAdmin(caller)) {
            return Optional.empty();
        }
        if (isManager(caller)) {
            String role = body.get("role") instanceof JsonString text ? text.getString() : null;
            return role != null && MANAGER_ASSIGNABLE.contains(role) ? Optional.empty() : Optional.of(INVALID_ROLE_SELECTION);
        }
        return Optional.of(INVALID_CALLER);
    }

    /** validCanModify: may the caller act on this existing user at all? */
    public Optional<String> canModify(User caller, User target) {
        if (isAdmin(caller)) {
            return Optional.empty();
        }
        if (isManager(caller)) {
            return MANAGER_ASSIGNABLE.contains(target.getRole()) ? Optional.empty() : Optional.of(CANNOT_MODIFY);
        }
        return Optional.of(INVALID_CALLER);
    }

    /**
     * The last-admin rule, stricter than AnythingLLM's canModifyAdmin: the last <em>active</em> (not
     * suspended) admin can be neither demoted nor suspended (nor deleted: {@link #keepsAnActiveAdminWithout}).
     * It takes the admin-changes lock first, so concurrent changes are decided one after the other;
     * call it inside the transaction that makes the change.
     */
    public Optional<String> keepsAnAdmin(User target, JsonObject body) {
        boolean demoted = body.containsKey("role")
                && !(body.get("role") instanceof JsonString text && text.getString().equals(Role.ADMIN.wireName()));
        boolean suspended = body.containsKey("suspended") && org.gatehouse.platform.json.JsValues.truthy(body.get("suspended"));
        return demoted || suspended ? keepsAnActiveAdminWithout(target) : Optional.empty();
    }

    /** Refuses when {@code target} is the only active admin left (lock taken as in {@link #keepsAnAdmin}). */
    public Optional<String> keepsAnActiveAdminWithout(User target) {
        if (!Role.ADMIN.wireName().equals(target.getRole()) || target.getSuspended() != 0) {
            return Optional.empty();
        }
        users.lockAdminChanges();
        boolean othersRemain = users.activeAdminIds().stream().anyMatch(id -> !id.equals(target.getId()));
        return othersRemain ? Optional.empty() : Optional.of(LAST_ADMIN);
    }

    private static boolean isAdmin(User user) {
        return user != null && Role.ADMIN.wireName().equals(user.getRole());
    }

    private static boolean isManager(User user) {
        return user != null && Role.MANAGER.wireName().equals(user.getRole());
    }
}
