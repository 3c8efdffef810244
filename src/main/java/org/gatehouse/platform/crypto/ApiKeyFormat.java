package org.gatehouse.platform.crypto;

import java.security.SecureRandom;

/**
 * AnythingLLM's key format (contract 3.6, from the {@code uuid-apikey} library): 128 random bits written
 * as four groups of seven Crockford Base32 characters, e.g. {@code 7D0C9XH-4S94MNQ-G2BAG4A-1Q3ZZ9K}.
 * Used for invite codes, API keys, browser-extension keys and SSO tokens.
 */
public final class ApiKeyFormat {

    private static final char[] CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiKeyFormat() {
    }

    /** A new random key of 31 characters. */
    public static String newKey() {
        StringBuilder key = new StringBuilder(31);
        for (int group = 0; group < 4; group++) {
            if (group > 0) {
                key.append('-');
            }
            long bits = RANDOM.nextInt() & 0xFFFFFFFFL;
            char[] chars = new char[7];
            for (int i = 6; i >= 0; i--) {
                chars[i] = CROCKFORD[(int) (bits & 31)];
                bits >>>= 5;
            }
            key.append(chars);
        }
        return key.toString();
    }
}
