package org.gatehouse.auth.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.gatehouse.settings.control.Configuration;

/**
 * Mints and verifies session JWTs as AnythingLLM does: HS256 with {@code JWT_SECRET}, lifetime
 * {@code JWT_EXPIRY}. Multi-user tokens carry {@code id} and {@code username}; single-user tokens carry
 * {@code p}, which binds them to the current {@code AUTH_TOKEN}. Every other algorithm, {@code none}
 * included, is refused. Gatehouse adds {@code iatMs} (issue time in milliseconds) so revocation is exact,
 * and to multi-user tokens a random {@code jti}, so one session can be spared when the others end.
 */
@ApplicationScoped
public class SessionTokens {

    static final String ISSUED_AT_MS = "iatMs";

    @Inject
    Configuration configuration;

    @Inject
    Clock clock;

    /** A verified token's claims. */
    public record Claims(Optional<Integer> userId, Optional<String> passwordBinding, Instant issuedAt,
                         Optional<String> sessionId) {
    }

    public String mintForUser(int userId, String username) {
        return sign(new JWTClaimsSet.Builder().claim("id", userId).claim("username", username)
                .jwtID(UUID.randomUUID().toString()));
    }

    public String mintForSingleUser(String authToken) {
        return sign(new JWTClaimsSet.Builder().claim("p", passwordBinding(authToken)));
    }

    /** The claim that ties a single-user token to this AUTH_TOKEN; useless without the server's secret. */
    public String passwordBinding(String authToken) {
        String hex = hmac("single-user-password:" + authToken);
        return hex.substring(0, 32) + ":" + hex.substring(32);
    }

    /**
     * The anti-forgery token of the console's forms for this page session: only a page the server rendered
     * for the holder of that session token can know it, on any node (it derives from the shared secret).
     */
    public String formToken(String sessionToken) {
        return hmac("console-form:" + sessionToken);
    }

    private String hmac(String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }

    /** The claims of a token signed with the current secret and not expired; empty otherwise. */
    public Optional<Claims> verify(String token) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(new MACVerifier(key()))) {
                return Optional.empty();
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            Instant now = clock.instant();
            if (claims.getExpirationTime() == null || !now.isBefore(claims.getExpirationTime().toInstant())) {
                return Optional.empty();
            }
            return Optional.of(new Claims(userId(claims), Optional.ofNullable(claims.getStringClaim("p")),
                    issuedAt(claims), Optional.ofNullable(claims.getJWTID())));
        } catch (ParseException | JOSEException | IllegalStateException malformed) {
            return Optional.empty();
        }
    }

    private String sign(JWTClaimsSet.Builder claims) {
        Instant now = clock.instant();
        Instant expiry = now.plus(configuration.jwtExpiry());
        claims.issueTime(Date.from(Instant.ofEpochSecond(now.getEpochSecond())))
                .expirationTime(Date.from(Instant.ofEpochSecond(expiry.getEpochSecond())))
                .claim(ISSUED_AT_MS, now.toEpochMilli());
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims.build());
        try {
            jwt.sign(new MACSigner(key()));
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign a session token", e);
        }
        return jwt.serialize();
    }

    /**
     * The HMAC key: the secret's UTF-8 bytes, zero-padded to 32 bytes when shorter. HMAC pads short keys
     * with zeros itself, so tokens stay identical to those Node's jsonwebtoken signs with the same secret.
     */
    private byte[] key() {
        byte[] secret = configuration.jwtSecret()
                .orElseThrow(() -> new IllegalStateException("No JWT_SECRET"))
                .getBytes(StandardCharsets.UTF_8);
        return secret.length >= 32 ? secret : Arrays.copyOf(secret, 32);
    }

    private static Optional<Integer> userId(JWTClaimsSet claims) {
        Object id = claims.getClaim("id");
        if (id instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())
                && number.longValue() > 0 && number.longValue() <= Integer.MAX_VALUE) {
            return Optional.of(number.intValue());
        }
        return Optional.empty();
    }

    private static Instant issuedAt(JWTClaimsSet claims) {
        Object millis = claims.getClaim(ISSUED_AT_MS);
        if (millis instanceof Number number) {
            return Instant.ofEpochMilli(number.longValue());
        }
        return claims.getIssueTime() == null ? Instant.EPOCH : claims.getIssueTime().toInstant();
    }
}
