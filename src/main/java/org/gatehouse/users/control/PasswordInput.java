package org.gatehouse.users.control;

/** The password of a new account as given: USER-CREATE has a message for each of these cases. */
public sealed interface PasswordInput {

    record Absent() implements PasswordInput {
    }

    record NotText() implements PasswordInput {
    }

    record Given(String value) implements PasswordInput {
    }

    static PasswordInput of(String value) {
        return new Given(value);
    }
}
