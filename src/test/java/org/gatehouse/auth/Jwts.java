package org.gatehouse.auth;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Hand-made JWTs for forgery tests: unsigned, signed with a foreign secret, or with another algorithm. */
final class Jwts {

    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    private Jwts() {
    }

    static String unsigned(String payload) {
        return encode("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + encode(payload) + ".";
    }

    static String hs256(String payload, String secret) {
        return signed("{\"alg\":\"HS256\",\"typ\":\"JWT\"}", payload, "HmacSHA256", secret);
    }

    static String hs512(String payload) {
        return signed("{\"alg\":\"HS512\",\"typ\":\"JWT\"}", payload, "HmacSHA512", "x".repeat(64));
    }

    private static String signed(String header, String payload, String algorithm, String secret) {
        String content = encode(header) + "." + encode(payload);
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), algorithm));
            return content + "." + URL.encodeToString(mac.doFinal(content.getBytes(StandardCharsets.US_ASCII)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String json) {
        return URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
