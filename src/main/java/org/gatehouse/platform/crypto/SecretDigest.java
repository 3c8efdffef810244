package org.gatehouse.platform.crypto;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * How Gatehouse stores secrets that must be looked up (API keys, reset tokens): SHA-256, hex. The secrets
 * are long and random, so a plain hash is enough; the database never holds the secret itself.
 */
public final class SecretDigest {

    private SecretDigest() {
    }

    public static String of(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is unavailable", e);
        }
    }

    /** The visible start of a secret, as lists show it: the first group, then a mask. */
    public static String masked(String prefix) {
        return (prefix == null ? "" : prefix) + "-*******-*******-*******";
    }
}
