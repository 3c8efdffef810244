package org.gatehouse.workspaces.control;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * Workspace slugs as AnythingLLM makes them (contract E31): lower-case, {@code + ! @ * .} spelled out
 * ({@code plus}, {@code bang}, {@code at}, {@code splat}, {@code dot}), accents dropped, other punctuation
 * removed, runs of spaces and dashes joined into one dash.
 */
public final class Slugs {

    private static final Map<Character, String> SPELLED = Map.of(
            '+', "plus", '!', "bang", '@', "at", '*', "splat", '.', "dot");

    private Slugs() {
    }

    public static String of(String name) {
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
