package org.gatehouse.platform.time;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads durations in the notation of the {@code ms} package that AnythingLLM's {@code JWT_EXPIRY} uses:
 * {@code "30d"}, {@code "12h"}, {@code "1.5 hours"}, {@code "90m"}, {@code "2w"}; a bare number is milliseconds.
 */
public final class MsDuration {

    private static final Pattern NOTATION = Pattern.compile(
            "^(-?(?:\\d+)?\\.?\\d+) *(milliseconds?|msecs?|ms|seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h"
                    + "|days?|d|weeks?|w|years?|yrs?|y)?$",
            Pattern.CASE_INSENSITIVE);

    private MsDuration() {
    }

    /** The duration, or empty when the text is not in the notation. */
    public static Optional<Duration> parse(String text) {
        if (text == null || text.isBlank() || text.length() > 100) {
            return Optional.empty();
        }
        Matcher matcher = NOTATION.matcher(text.trim());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        BigDecimal amount = new BigDecimal(matcher.group(1));
        String unit = matcher.group(2) == null ? "ms" : matcher.group(2).toLowerCase(Locale.ROOT);
        long unitMillis = switch (unit.charAt(0)) {
            case 'y' -> 31_557_600_000L; // 365.25 days, as ms does
            case 'w' -> 604_800_000L;
            case 'd' -> 86_400_000L;
            case 'h' -> 3_600_000L;
            case 'm' -> unit.startsWith("ms") || unit.startsWith("msec") || unit.startsWith("milli") ? 1L : 60_000L;
            case 's' -> 1_000L;
            default -> 1L;
        };
        return Optional.of(Duration.ofMillis(amount.multiply(BigDecimal.valueOf(unitMillis)).longValue()));
    }
}
