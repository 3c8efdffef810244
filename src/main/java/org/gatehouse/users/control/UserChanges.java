package org.gatehouse.users.control;

import java.util.Optional;
import org.gatehouse.users.entity.Role;

/**
 * USER-UPDATE's input (contract 5.0): the fields to change, already coerced as JavaScript would
 * ({@code String(x)} for the text fields, truthiness for {@code suspended}); an absent field stays.
 */
public record UserChanges(Optional<String> username, Optional<String> password, Optional<String> pfpFilename,
                          Optional<RoleChoice> role, Optional<Boolean> suspended,
                          Optional<DailyLimit> dailyMessageLimit, Optional<String> bio) {

    public static UserChanges none() {
        return new UserChanges(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** Only a new password, as a reset sets it. */
    public static UserChanges newPassword(String password) {
        return none().withPassword(Optional.of(password));
    }

    public UserChanges withUsername(Optional<String> value) {
        return new UserChanges(value, password, pfpFilename, role, suspended, dailyMessageLimit, bio);
    }

    public UserChanges withPassword(Optional<String> value) {
        return new UserChanges(username, value, pfpFilename, role, suspended, dailyMessageLimit, bio);
    }

    public UserChanges withBio(Optional<String> value) {
        return new UserChanges(username, password, pfpFilename, role, suspended, dailyMessageLimit, value);
    }

    public UserChanges withRole(Role value) {
        return new UserChanges(username, password, pfpFilename, Optional.of(RoleChoice.named(value)), suspended,
                dailyMessageLimit, bio);
    }

    public UserChanges withSuspended(boolean value) {
        return new UserChanges(username, password, pfpFilename, role, Optional.of(value), dailyMessageLimit, bio);
    }

    public UserChanges withDailyMessageLimit(DailyLimit value) {
        return new UserChanges(username, password, pfpFilename, role, suspended, Optional.of(value), bio);
    }

    /** Whether no field is to change. */
    public boolean isEmpty() {
        return username.isEmpty() && password.isEmpty() && pfpFilename.isEmpty() && role.isEmpty()
                && suspended.isEmpty() && dailyMessageLimit.isEmpty() && bio.isEmpty();
    }

    /** Whether the change would demote (any role but exactly {@code admin}) or suspend the user. */
    public boolean demotesOrSuspends() {
        return role.filter(choice -> !choice.names(Role.ADMIN)).isPresent()
                || suspended.orElse(false);
    }
}
