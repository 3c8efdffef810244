package org.gatehouse.users.control;

import java.util.Arrays;
import java.util.Optional;

/**
 * A user's standing as lists filter it: suspended by an administrator, locked out by the sign-in
 * throttle (a lock on the username in force now), or active (neither).
 */
public enum UserState {
    ACTIVE("active"),
    SUSPENDED("suspended"),
    LOCKED_OUT("locked");

    private final String parameter;

    UserState(String parameter) {
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }

    public static Optional<UserState> fromParameter(String value) {
        return Arrays.stream(values()).filter(state -> state.parameter.equals(value)).findFirst();
    }
}
