package org.gatehouse.users.control;

/**
 * A requested daily message limit. An invalid one is carried as such, so that USER-CREATE and
 * USER-UPDATE refuse it at their step of the contract's order, not when the request is read.
 */
public sealed interface DailyLimit {

    record Unlimited() implements DailyLimit {
    }

    record Limit(int messages) implements DailyLimit {
    }

    /** Neither null nor a number of at least 1. */
    record Invalid() implements DailyLimit {
    }

    static DailyLimit unlimited() {
        return new Unlimited();
    }

    /** The stored column: null for unlimited. */
    default Integer stored() {
        return this instanceof Limit limit ? limit.messages() : null;
    }
}
