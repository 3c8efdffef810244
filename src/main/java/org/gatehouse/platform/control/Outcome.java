package org.gatehouse.platform.control;

/**
 * What a state-changing control method answers: done (with its result), refused by a rule (with the
 * rule's message, as the contract words it), or the thing acted on does not exist. Boundaries map each to
 * their wire or page; control never chooses an HTTP status.
 */
public sealed interface Outcome<T> {

    record Done<T>(T value) implements Outcome<T> {
    }

    record Refused<T>(String message) implements Outcome<T> {
    }

    record NotFound<T>(String message) implements Outcome<T> {
    }

    static <T> Outcome<T> done(T value) {
        return new Done<>(value);
    }

    static <T> Outcome<T> refused(String message) {
        return new Refused<>(message);
    }

    static <T> Outcome<T> notFound(String message) {
        return new NotFound<>(message);
    }

    /** The refusal or not-found message; {@code null} when done. */
    default String error() {
        if (this instanceof Refused<T> refused) {
            return refused.message();
        }
        return this instanceof NotFound<T> notFound ? notFound.message() : null;
    }

    default boolean isDone() {
        return this instanceof Done<T>;
    }
}
