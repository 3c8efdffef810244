package org.gatehouse.recovery.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.gatehouse.auth.control.LoginThrottle;
import org.gatehouse.auth.control.PasswordHashing;
import org.gatehouse.auth.entity.LoginFailureKey;
import org.gatehouse.events.control.AuditEvent;
import org.gatehouse.events.control.EventLogService;
import org.gatehouse.platform.control.Outcome;
import org.gatehouse.platform.crypto.SecretDigest;
import org.gatehouse.recovery.entity.PasswordResetToken;
import org.gatehouse.recovery.entity.RecoveryCode;
import org.gatehouse.users.control.UserDirectory;
import org.gatehouse.users.control.UserChanges;
import org.gatehouse.users.control.UserService;
import org.gatehouse.users.entity.User;

/**
 * Account recovery in multi-user mode (contract 6.2): two recovery codes unlock a reset token valid for
 * ten minutes; the token sets a new password. Beyond AnythingLLM: attempts are throttled like sign-in,
 * reset tokens are stored only as SHA-256 hashes, and a reset ends every earlier session of the user.
 */
@ApplicationScoped
public class AccountRecovery {

    /** The one answer to refused codes, whatever the reason (unknown user, wrong codes, locked out). */
    public static final String INVALID_CODES = "Invalid recovery codes.";
    /** The answer to an empty new password. */
    public static final String INVALID_PASSWORD = "Invalid password.";

    static final Duration RESET_TOKEN_LIFETIME = Duration.ofMinutes(10);
    private static final Pattern UUID_TEXT =
            Pattern.compile("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-5][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$");

    @PersistenceContext(unitName = "gatehouse")
    EntityManager em;

    @Inject
    UserDirectory users;

    @Inject
    UserService userService;

    @Inject
    PasswordHashing hashing;

    @Inject
    LoginThrottle throttle;

    @Inject
    EventLogService events;

    @Inject
    Clock clock;

    /** Two of the user's recovery codes buy a reset token; empty when refused ({@link #INVALID_CODES}). */
    @Transactional
    public Optional<String> recover(String name, List<String> recoveryCodes, String ip) {
        List<LoginFailureKey> keys = List.of(LoginFailureKey.username(name), LoginFailureKey.ip(ip));
        Optional<User> user = users.byUsername(name);
        if (throttle.isLocked(keys)) {
            hashing.spendEquivalentTime(name);
            events.record(AuditEvent.FAILED_LOGIN_LOCKED_OUT,
                    Json.createObjectBuilder().add("ip", ip).add("username", name).build(),
                    user.map(User::getId).orElse(null));
            return Optional.empty();
        }
        List<String> codes = candidateCodes(recoveryCodes);
        if (user.isEmpty() || codes.size() != 2 || !matchesTwoDifferentCodes(user.get(), codes)) {
            if (user.isEmpty()) {
                hashing.spendEquivalentTime(name);
            }
            throttle.recordFailure(keys);
            return Optional.empty();
        }
        throttle.recordSuccess(keys);
        String token = UUID.randomUUID().toString();
        em.persist(new PasswordResetToken(user.get().getId(), SecretDigest.of(token),
                clock.instant().plus(RESET_TOKEN_LIFETIME), clock.instant()));
        return Optional.of(token);
    }

    /**
     * The outcome of a reset: success, or the message to show (null: none, as the contract answers), and
     * when the password rules refused the new password, their message (the API does not send it; a page
     * shows it next to the field). A refused password leaves the token valid for another try.
     */
    public record Reset(boolean success, String message, String passwordProblem) {

        public Reset(boolean success, String message) {
            this(success, message, null);
        }
    }

    /** Sets a new password with a reset token (contract E16). */
    @Transactional
    public Reset reset(String token, String newPassword, String confirmPassword) {
        String password = newPassword == null ? "" : newPassword.trim();
        if (password.isEmpty()) {
            return new Reset(false, INVALID_PASSWORD);
        }
        if (!password.equals(confirmPassword)) {
            return new Reset(false, "Passwords do not match");
        }
        PasswordResetToken stored = token == null ? null : em.createQuery(
                        "SELECT t FROM PasswordResetToken t WHERE t.token = :token", PasswordResetToken.class)
                .setParameter("token", SecretDigest.of(token)).getResultStream().findFirst().orElse(null);
        if (stored == null || !clock.instant().isBefore(stored.getExpiresAt())) {
            return new Reset(false, null);
        }
        Outcome<User> updated = userService.update(stored.getUserId(), UserChanges.newPassword(password));
        if (!updated.isDone()) {
            return new Reset(false, null, updated.error());
        }
        int userId = stored.getUserId();
        em.createQuery("DELETE FROM PasswordResetToken t WHERE t.userId = :user").setParameter("user", userId).executeUpdate();
        em.createQuery("DELETE FROM RecoveryCode c WHERE c.userId = :user").setParameter("user", userId).executeUpdate();
        em.find(User.class, userId).setSeenRecoveryCodes(Boolean.FALSE);
        return new Reset(true, "Password reset successful");
    }

    /** Trimmed codes that look like UUIDs, duplicates removed, the first two (contract 6.2). */
    static List<String> candidateCodes(List<String> given) {
        Set<String> codes = new LinkedHashSet<>();
        for (String code : given) {
            if (UUID_TEXT.matcher(code.trim()).matches()) {
                codes.add(code.trim());
            }
        }
        return new ArrayList<>(codes).subList(0, Math.min(2, codes.size()));
    }

    private boolean matchesTwoDifferentCodes(User user, List<String> codes) {
        List<RecoveryCode> stored = em.createQuery("SELECT c FROM RecoveryCode c WHERE c.userId = :user ORDER BY c.id",
                RecoveryCode.class).setParameter("user", user.getId()).getResultList();
        if (stored.size() < RecoveryCodes.PER_USER) {
            return false;
        }
        Set<Integer> used = new java.util.HashSet<>();
        for (String code : codes) {
            Optional<RecoveryCode> match = stored.stream()
                    .filter(candidate -> !used.contains(candidate.getId()))
                    .filter(candidate -> hashing.matches(code, candidate.getCodeHash()))
                    .findFirst();
            if (match.isEmpty()) {
                return false;
            }
            used.add(match.get().getId());
        }
        return true;
    }

}
