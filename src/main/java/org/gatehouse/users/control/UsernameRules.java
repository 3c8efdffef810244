package org.gatehouse.users.control;

import java.util.Optional;
import java.util.regex.Pattern;

/** Username rules of contract 3.9, with their exact messages, checked in the contract's order. */
public final class UsernameRules {

    public static final String TOO_LONG = "Username cannot be longer than 64 characters";
    public static final String TOO_SHORT = "Username must be at least 2 characters";
    public static final String PATTERN_MESSAGE = "Username must start with a lowercase letter and only contain "
            + "lowercase letters, numbers, underscores, hyphens, and periods";
    public static final String TAKEN = "A user with that username already exists";

    private static final Pattern PATTERN = Pattern.compile("^[a-z][a-z0-9._@-]*$");

    private UsernameRules() {
    }

    /** The first rule the (already stringified) username breaks. */
    public static Optional<String> violation(String username) {
        if (username.length() > 64) {
            return Optional.of(TOO_LONG);
        }
        if (username.length() < 2) {
            return Optional.of(TOO_SHORT);
        }
        if (!PATTERN.matcher(username).matches()) {
            return Optional.of(PATTERN_MESSAGE);
        }
        return Optional.empty();
    }
}
