package org.gatehouse.recovery.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
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
 * ten minutes; the token sets a new password. Beyond AnythingLLM: attempts are throttled like sign-in and
 * logged, codes and reset tokens are stored only as SHA-256 digests, a user has one live reset token at a
 * time, and a reset ends every earlier session of the user.
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
    LoginThrottle throttle;

    @Inject
    EventLogService events;

    @Inject
    Clock clock;

    /**
     * Two of the user's recovery codes buy a reset token; empty when refused ({@link #INVALID_CODES}).
     * Every request does the same work whoever it names (one throttle claim, two indexed lookups, no
     * bcrypt: codes are random UUIDs stored as SHA-256 digests), so timing tells nothing about the user.
     * The newest token replaces the user's earlier ones: one pair of codes opens one reset at a time.
     */
    @Transactional
    public Optional<String> recover(String name, List<String> recoveryCodes, String ip) {
        JsonObject metadata = Json.createObjectBuilder().add("ip", ip).add("username", LoginFailureKey.shown(name)).build();
        List<LoginFailureKey> keys = LoginFailureKey.isStorable(name)
                ? List.of(LoginFailureKey.username(name), LoginFailureKey.ip(ip)) : List.of(LoginFailureKey.ip(ip));
        if (!throttle.tryAttempt(keys)) {
            events.record(AuditEvent.FAILED_LOGIN_LOCKED_OUT, metadata, null);
            return Optional.empty();
        }
        Optional<User> user = keys.size() == 2 ? users.byUsername(name) : Optional.empty();
        boolean holds = holdsTwoOfTheirCodes(user.map(User::getId).orElse(-1), candidateCodes(recoveryCodes));
        if (user.isEmpty() || !holds) {
            events.record(AuditEvent.FAILED_ACCOUNT_RECOVERY, metadata, user.map(User::getId).orElse(null));
            return Optional.empty();
        }
        throttle.recordSuccess(keys);
        int userId = user.get().getId();
        // Under the user's row lock, so of two recoveries at once only the later token stays valid.
        em.find(User.class, userId, LockModeType.PESSIMISTIC_WRITE);
        em.createQuery("DELETE FROM PasswordResetToken t WHERE t.userId = :user").setParameter("user", userId).executeUpdate();
        String token = UUID.randomUUID().toString();
        em.persist(new PasswordResetToken(userId, SecretDigest.of(token), clock.instant().plus(RESET_TOKEN_LIFETIME),
                clock.instant()));
        events.record(AuditEvent.PASSWORD_RESET_REQUESTED, Json.createObjectBuilder().add("ip", ip).build(), userId);
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
        // Two resets with one token: the second waits here, then finds the token gone with the first.
        em.find(User.class, stored.getUserId(), LockModeType.PESSIMISTIC_WRITE);
        if (em.createQuery("SELECT COUNT(t) FROM PasswordResetToken t WHERE t.id = :id", Long.class)
                .setParameter("id", stored.getId()).getSingleResult() == 0) {
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

    /**
     * Whether both codes are among the user's, who must hold all {@link RecoveryCodes#PER_USER} (contract
     * 6.2). The same two queries run whatever was given; two distinct digests match two distinct rows.
     */
    private boolean holdsTwoOfTheirCodes(int userId, List<String> codes) {
        List<String> digests = new ArrayList<>(codes.stream().map(SecretDigest::of).toList());
        while (digests.size() < 2) {
            digests.add(""); // matches no digest, and keeps the query the same
        }
        long stored = em.createQuery("SELECT COUNT(c) FROM RecoveryCode c WHERE c.userId = :user", Long.class)
                .setParameter("user", userId).getSingleResult();
        long matching = em.createQuery("SELECT COUNT(c) FROM RecoveryCode c WHERE c.userId = :user AND c.codeHash IN :digests",
                Long.class).setParameter("user", userId).setParameter("digests", digests).getSingleResult();
        return codes.size() == 2 && stored >= RecoveryCodes.PER_USER && matching == 2;
    }
}
