package org.gatehouse.auth.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jakarta.json.Json;
import org.gatehouse.auth.entity.LoginFailure;
import org.gatehouse.auth.entity.LoginFailureKey;
import org.gatehouse.platform.config.EnvVar;
import org.gatehouse.events.control.AuditEvent;
import org.gatehouse.events.control.EventLogService;
import org.gatehouse.platform.control.Outcome;
import org.gatehouse.settings.control.Configuration;
import org.gatehouse.users.control.RoleRules;
import org.gatehouse.users.entity.User;

/**
 * Brute-force protection for sign-in and account recovery (beyond AnythingLLM): consecutive failures
 * are counted per username and per client address in the database, so every node shares them. From the
 * {@code GATEHOUSE_LOCKOUT_THRESHOLD}th failure on, the account or address waits
 * {@code GATEHOUSE_LOCKOUT_SECONDS}, doubling with each further failure up to
 * {@code GATEHOUSE_LOCKOUT_MAX_SECONDS}; the count is forgotten after
 * {@code GATEHOUSE_LOCKOUT_RESET_HOURS} without failures, or on success. Attempts during a wait are
 * refused without being checked and do not lengthen it.
 */
@ApplicationScoped
public class LoginThrottle {

    @PersistenceContext(unitName = "gatehouse")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Configuration configuration;


    @Inject
    RoleRules roleRules;

    @Inject
    EventLogService events;

    /** A lock on a username in force now: how many failures led to it and when it ends. */
    public record Lockout(int failures, Instant lockedUntil) {
    }

    /** The policy in force, read from the configuration each time (it may change at run time). */
    public record Policy(int threshold, Duration firstWait, Duration maxWait, Duration resetAfter) {

        public boolean enabled() {
            return threshold > 0;
        }

        /** The wait after the {@code failures}th consecutive failure; zero below the threshold. */
        public Duration waitAfter(int failures) {
            if (!enabled() || failures < threshold) {
                return Duration.ZERO;
            }
            int doublings = Math.min(failures - threshold, 30);
            Duration wait = firstWait.multipliedBy(1L << doublings);
            return wait.compareTo(maxWait) > 0 ? maxWait : wait;
        }
    }

    public Policy policy() {
        return new Policy(
                configuration.intValue(EnvVar.GATEHOUSE_LOCKOUT_THRESHOLD, 5),
                Duration.ofSeconds(configuration.intValue(EnvVar.GATEHOUSE_LOCKOUT_SECONDS, 60)),
                Duration.ofSeconds(configuration.intValue(EnvVar.GATEHOUSE_LOCKOUT_MAX_SECONDS, 900)),
                Duration.ofHours(configuration.intValue(EnvVar.GATEHOUSE_LOCKOUT_RESET_HOURS, 12)));
    }

    /** Whether any of these subjects is waiting out a lock now. */
    public boolean isLocked(List<LoginFailureKey> keys) {
        Instant now = clock.instant();
        return keys.stream().map(key -> em.find(LoginFailure.class, key))
                .anyMatch(row -> row != null && row.getLockedUntil() != null && now.isBefore(row.getLockedUntil()));
    }

    /** Counts a failure against each subject, in a transaction of its own so it stands whatever follows. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordFailure(List<LoginFailureKey> keys) {
        Policy policy = policy();
        if (!policy.enabled()) {
            return;
        }
        Instant now = clock.instant();
        for (LoginFailureKey key : keys) {
            LoginFailure row = em.find(LoginFailure.class, key, LockModeType.PESSIMISTIC_WRITE);
            if (row == null) {
                row = new LoginFailure(key, now);
                em.persist(row);
            }
            boolean stale = !now.isBefore(row.getLastFailureAt().plus(policy.resetAfter()));
            int failures = (stale ? 0 : row.getFailures()) + 1;
            Duration wait = policy.waitAfter(failures);
            row.recordFailure(failures, now, wait.isZero() ? null : now.plus(wait));
        }
    }

    /** A success forgets the subjects' failures. */
    @Transactional
    public void recordSuccess(List<LoginFailureKey> keys) {
        for (LoginFailureKey key : keys) {
            LoginFailure row = em.find(LoginFailure.class, key);
            if (row != null) {
                em.remove(row);
            }
        }
    }

    /** The lock on this username in force now, if any (an address's lock is not the account's). */
    public Optional<Lockout> lockoutOf(String username) {
        if (username == null) {
            return Optional.empty();
        }
        LoginFailure row = em.find(LoginFailure.class, LoginFailureKey.username(username));
        Instant now = clock.instant();
        return row != null && row.getLockedUntil() != null && now.isBefore(row.getLockedUntil())
                ? Optional.of(new Lockout(row.getFailures(), row.getLockedUntil())) : Optional.empty();
    }

    /** Which of these usernames are locked now (one query, for a page of a list). */
    public Set<String> lockedUsernames(Collection<String> usernames) {
        List<String> named = usernames.stream().filter(java.util.Objects::nonNull).toList();
        if (named.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("SELECT f.key.subject FROM LoginFailure f WHERE f.key.scope = :scope "
                        + "AND f.key.subject IN :names AND f.lockedUntil > :now", String.class)
                .setParameter("scope", LoginFailureKey.USERNAME).setParameter("names", named)
                .setParameter("now", clock.instant()).getResultList());
    }

    /**
     * An administrator (or a manager, for a non-admin user: the role rules of contract 4.3) forgets the
     * failed sign-ins of a user's username, which ends its lock at once (beyond AnythingLLM; Keycloak's
     * "unlock user"). Locks on client addresses stay. Event {@code user_unlocked}.
     */
    @Transactional
    public Outcome<User> unlock(User actor, int targetId) {
        Outcome<User> target = roleRules.modifiable(actor, targetId);
        if (!(target instanceof Outcome.Done<User> done)) {
            return target;
        }
        String username = done.value().getUsername();
        if (username != null) {
            LoginFailure row = em.find(LoginFailure.class, LoginFailureKey.username(username), LockModeType.PESSIMISTIC_WRITE);
            if (row != null) {
                em.remove(row);
            }
        }
        events.record(AuditEvent.USER_UNLOCKED, Json.createObjectBuilder().add("username", String.valueOf(username))
                .add("unlockedBy", actor.getUsername()).build(), actor.getId());
        return target;
    }
}
