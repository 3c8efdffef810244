package org.gatehouse.users.control;

import java.util.Optional;
import org.gatehouse.users.entity.Role;

/**
 * USER-CREATE's input (contract 5.0): the username as JavaScript's {@code String()} reads it, the
 * password, the role (absent: {@code default}), the bio and the daily message limit.
 */
public record NewUser(String username, PasswordInput password, Optional<RoleChoice> role, String bio,
                      DailyLimit dailyMessageLimit) {

    /** An account with just these credentials and role, as a form or the mode switch creates it. */
    public static NewUser of(String username, String password, Role role) {
        return new NewUser(username, PasswordInput.of(password), Optional.of(RoleChoice.named(role)), "",
                DailyLimit.unlimited());
    }

    /** The same account with this role instead of the one asked for. */
    public NewUser withRole(Role chosen) {
        return new NewUser(username, password, Optional.of(RoleChoice.named(chosen)), bio, dailyMessageLimit);
    }
}
