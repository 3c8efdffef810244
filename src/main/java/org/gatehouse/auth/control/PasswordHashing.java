package org.gatehouse.auth.control;

import at.favre.lib.crypto.bcrypt.BCrypt;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategies;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;

/**
 * bcrypt as AnythingLLM uses it (bcryptjs, cost 10): verifies existing {@code $2a$}/{@code $2b$}/{@code $2y$}
 * hashes, so an AnythingLLM user table can be imported, and truncates passwords at 72 bytes as bcryptjs does.
 */
@ApplicationScoped
public class PasswordHashing {

    public static final int COST = 10;

    private static final BCrypt.Hasher HASHER =
            BCrypt.with(BCrypt.Version.VERSION_2B, LongPasswordStrategies.truncate(BCrypt.Version.VERSION_2B));
    private static final BCrypt.Verifyer VERIFYER =
            BCrypt.verifyer(BCrypt.Version.VERSION_2B, LongPasswordStrategies.truncate(BCrypt.Version.VERSION_2B));

    /** Spent when there is no hash to check against, so an unknown user costs as much as a known one. */
    private static final String DECOY = HASHER.hashToString(COST, "gatehouse-decoy".toCharArray());

    public String hash(String password) {
        return HASHER.hashToString(COST, password.toCharArray());
    }

    public boolean matches(String password, String hash) {
        if (password == null || hash == null) {
            return false;
        }
        try {
            return VERIFYER.verify(password.getBytes(StandardCharsets.UTF_8),
                    hash.getBytes(StandardCharsets.UTF_8)).verified;
        } catch (IllegalArgumentException notABcryptHash) {
            return false;
        }
    }

    /** Costs one bcrypt verification and learns nothing. */
    public void spendEquivalentTime(String password) {
        matches(password == null ? "" : password, DECOY);
    }
}
