package org.gatehouse.auth.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.subject.Subject;
import org.gatehouse.users.entity.Role;
import org.gatehouse.users.entity.User;

/**
 * The one answer to "may the caller of this request do this?" (contract 4.2), for every boundary: the
 * JAX-RS role guard asks it, and so do the console's pages. It fails closed: a request that no guard
 * admitted ({@link CurrentCaller#isEstablished()} false) is refused everything, whatever the mode.
 */
@ApplicationScoped
public class Authorization {

    @Inject
    CurrentCaller caller;

    /** AnythingLLM's {@code strictMultiUserRoleValid}: multi-user mode and a signed-in user with one of these roles. */
    public boolean hasRole(Role... roles) {
        return caller.isEstablished() && caller.mode().isMultiUser() && holdsAny(roles);
    }

    /**
     * AnythingLLM's {@code flexUserRoleValid}: in single-user mode (password given, or an open instance)
     * the admitted caller may; in multi-user mode only a signed-in user with one of these roles.
     */
    public boolean flexAllows(Role... roles) {
        if (!caller.isEstablished()) {
            return false;
        }
        return switch (caller.mode()) {
            case OPEN -> true;
            case SINGLE_USER -> caller.isAuthenticated();
            case MULTI_USER -> holdsAny(roles);
        };
    }

    /** Single-user endpoints: an admitted caller while the instance is not in multi-user mode. */
    public boolean singleUserAllows() {
        return caller.isEstablished() && !caller.mode().isMultiUser() && flexAllows();
    }

    /** The signed-in user of an admitted multi-user request. */
    public Optional<User> user() {
        return caller.isEstablished() ? caller.user() : Optional.empty();
    }

    private static boolean holdsAny(Role... roles) {
        Subject subject = SecurityUtils.getSubject();
        if (!subject.isAuthenticated()) {
            return false;
        }
        for (Role role : roles) {
            if (subject.hasRole(role.wireName())) {
                return true;
            }
        }
        return false;
    }
}
