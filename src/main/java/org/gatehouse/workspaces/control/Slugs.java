package org.gatehouse.workspaces.control;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * Workspace slugs as AnythingLLM makes them (contract E31): lower-case, {@code + ! @ * .} spelled out
 * ({@code plus}, {@code bang}, {@code at}, {@code splat}, {@code dot}), accents dropped, other punctuation
 * removed, runs of spaces and dashes joined into one dash. Unlike AnythingLLM's, a slug never outgrows
 * its column: spelling out and decomposition can make it longer than the name (255 {@code @} are 510
 * characters of {@code at}), so it is cut to {@link #MAX_LENGTH}, and a numbered one keeps room for its number.
 */
public final class Slugs {

    private static final Map<Character, String> SPELLED = Map.of(
            '+', "plus", '!', "bang", '@', "at", '*', "splat", '.', "dot");

    /** The slug columns' width. */
    public static final int MAX_LENGTH = 255;

    private Slugs() {
    }

    public static String of(String name) {
        return cut(unbounded(name), MAX_LENGTH);
    }

    /**
     * {@code slug} with {@code -number} appended, as AnythingLLM makes a taken slug unique, its own part cut
     * so that the whole still fits.
     */
    public static String numbered(String slug, int number) {
        String suffix = "-" + number;
        return cut(slug, MAX_LENGTH - suffix.length()).replaceAll("-+$", "") + suffix;
    }

    private static String cut(String slug, int length) {
        return slug.length() > length ? slug.substring(0, length) : slug;
    }

    private static String unbounded(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        StringBuilder slug = new StringBuilder(plain.length());
        for (char c : plain.toCharArray()) {
            String spelled = SPELLED.get(c);
            if (spelled != null) {
                slug.append(spelled);
            } else if (Character.isLetterOrDigit(c) && c < 128 || c == '_' || c == '-' || c == '$') {
                slug.append(c);
            } else if (Character.isWhitespace(c)) {
                slug.append(' ');
            }
        }
        return slug.toString().trim().replaceAll("[\\s-]+", "-").toLowerCase(Locale.ROOT);
    }
}
