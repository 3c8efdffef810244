package org.gatehouse.users.control;

/** The password of a new account as given (absent reads as empty, as in AnythingLLM): text, or not text. */
public sealed interface PasswordInput {

    record NotText() implements PasswordInput {
    }

    record Given(String value) implements PasswordInput {
    }

    static PasswordInput of(String value) {
        return new Given(value);
    }
}
