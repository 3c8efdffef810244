package org.gatehouse.apikeys.control;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.gatehouse.platform.control.Outcome;

/**
 * What a new key carries beyond its secret, for both key families (developer API keys and browser-extension
 * keys): an optional name and an optional expiry, under one rule with one refusal, and when a key of
 * either family stops working. Gatehouse's own: AnythingLLM's keys have neither.
 *
 * @param name      trimmed, or null for none
 * @param expiresAt the instant the key stops working, or null for never
 */
public record KeyTerms(String name, Instant expiresAt) {

    /** The refusal of an expiry that is not an instant in the future. */
    public static final String EXPIRY_RULE =
            "expiresAt must be an ISO-8601 instant in the future, such as 2027-01-31T00:00:00Z";

    /** The width of the name columns. */
    public static final int NAME_MAX = 255;

    /** The refusal of a name longer than its column. */
    public static final String NAME_RULE = "name must be at most " + NAME_MAX + " characters";

    /**
     * The terms asked for: {@code name} null or blank means none, else at most {@link #NAME_MAX} characters
     * once trimmed ({@link #NAME_RULE}); {@code expiresAt} is ISO-8601 text, null
     * for a key that never expires; refused with {@link #EXPIRY_RULE} unless strictly after {@code now}.
     */
    public static Outcome<KeyTerms> of(String name, String expiresAt, Instant now) {
        String trimmed = name(name);
        if (trimmed != null && trimmed.length() > NAME_MAX) {
            return Outcome.refused(NAME_RULE);
        }
        Outcome<Optional<Instant>> expiry = expiry(expiresAt, now);
        if (expiry instanceof Outcome.Done<Optional<Instant>> accepted) {
            return Outcome.done(new KeyTerms(trimmed, accepted.value().orElse(null)));
        }
        return Outcome.refused(expiry.error());
    }

    /** Whether a key with this expiry (null: none) still works at {@code now}; it stops at the instant itself. */
    public static boolean usableAt(Instant expiresAt, Instant now) {
        return expiresAt == null || now.isBefore(expiresAt);
    }

    /** A key's name: trimmed, and none when blank. */
    static String name(String given) {
        return given == null || given.isBlank() ? null : given.trim();
    }

    /** No expiry when none is asked for; else an ISO-8601 instant strictly after {@code now}. */
    static Outcome<Optional<Instant>> expiry(String text, Instant now) {
        if (text == null) {
            return Outcome.done(Optional.empty());
        }
        try {
            Instant expiresAt = Instant.parse(text);
            return expiresAt.isAfter(now) ? Outcome.done(Optional.of(expiresAt)) : Outcome.refused(EXPIRY_RULE);
        } catch (DateTimeParseException notAnInstant) {
            return Outcome.refused(EXPIRY_RULE);
        }
    }
}
