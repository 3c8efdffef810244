package org.gatehouse.auth.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jakarta.json.Json;
import org.gatehouse.auth.entity.LoginFailure;
import org.gatehouse.auth.entity.LoginFailureKey;
import org.gatehouse.platform.config.EnvVar;
import org.gatehouse.events.control.AuditEvent;
import org.gatehouse.events.control.EventLogService;
import org.gatehouse.platform.control.Outcome;
import org.gatehouse.platform.db.NamedLock;
import org.gatehouse.platform.db.NamedLocks;
import org.gatehouse.platform.control.PageRequest;
import org.gatehouse.users.entity.Role;
import org.gatehouse.settings.control.Configuration;
import org.gatehouse.users.control.RoleRules;
import org.gatehouse.users.entity.User;

/**
 * Brute-force protection for sign-in and account recovery (beyond AnythingLLM): consecutive failures
 * are counted per username and per client address in the database, so every node shares them. From the
 * {@code GATEHOUSE_LOCKOUT_THRESHOLD}th failure on (for an address {@code GATEHOUSE_LOCKOUT_ADDRESS_THRESHOLD}th),
 * the account or address waits
 * {@code GATEHOUSE_LOCKOUT_SECONDS}, doubling with each further failure up to
 * {@code GATEHOUSE_LOCKOUT_MAX_SECONDS}; the count is forgotten after
 * {@code GATEHOUSE_LOCKOUT_RESET_HOURS} without failures, or when the username signs in (an address only
 * gets that one attempt back). Attempts during a wait are refused without being checked and do not
 * lengthen it. Every attempt is counted before its check ({@link #tryAttempt}), so the limit holds for
 * any number of attempts at once.
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
    NamedLocks locks;

    @Inject
    RoleRules roleRules;

    @Inject
    EventLogService events;

    /** A lock on a username in force now: how many failures led to it and when it ends. */
    public record Lockout(int failures, Instant lockedUntil) {
    }

    /** The policy in force, read from the configuration each time (it may change at run time). */
    public record Policy(int threshold, int addressThreshold, Duration firstWait, Duration maxWait, Duration resetAfter) {

        public boolean enabled() {
            return threshold > 0;
        }

        /**
         * The failures before {@code key} waits. An address gets more room than a username: many people
         * may share it (an office's NAT, a proxy), and each of them may mistype. 0: the addresses are not limited.
         */
        public int thresholdOf(LoginFailureKey key) {
            return LoginFailureKey.IP.equals(key.getScope()) ? addressThreshold : threshold;
        }

        /** The wait after the {@code failures}th consecutive failure of a username; zero below the threshold. */
        public Duration waitAfter(int failures) {
            return waitAfter(failures, threshold);
        }

        /** The wait after the {@code failures}th consecutive failure, for a subject with this threshold. */
        public Duration waitAfter(int failures, int threshold) {
            if (!enabled() || threshold <= 0 || failures < threshold) {
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
                configuration.intValue(EnvVar.GATEHOUSE_LOCKOUT_ADDRESS_THRESHOLD, 20),
                Duration.ofSeconds(configuration.intValue(EnvVar.GATEHOUSE_LOCKOUT_SECONDS, 60)),
                Duration.ofSeconds(configuration.intValue(EnvVar.GATEHOUSE_LOCKOUT_MAX_SECONDS, 900)),
                Duration.ofHours(configuration.intValue(EnvVar.GATEHOUSE_LOCKOUT_RESET_HOURS, 12)));
    }

    /**
     * Claims one credential check for each of these subjects, or refuses it (false) while any of them waits
     * out a lock. The check is counted as a failure before it runs, in a transaction of its own under the
     * cluster-wide {@link NamedLock#LOGIN_THROTTLE} lock: however many guesses arrive at once, on however
     * many nodes, at most the threshold's worth are checked per subject before the lock, and each further
     * one waits out its lock unchecked. A check that turns out right hands its claim back through
     * {@link #recordSuccess} or {@link #refund}; a wrong one is already counted.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean tryAttempt(List<LoginFailureKey> keys) {
        Policy policy = policy();
        if (!policy.enabled()) {
            return true;
        }
        locks.acquire(NamedLock.LOGIN_THROTTLE);
        Instant now = clock.instant();
        List<LoginFailure> rows = new ArrayList<>(keys.size());
        for (LoginFailureKey key : keys) {
            LoginFailure row = em.find(LoginFailure.class, key);
            if (row != null && row.getLockedUntil() != null && now.isBefore(row.getLockedUntil())) {
                return false;
            }
            rows.add(row);
        }
        for (int i = 0; i < keys.size(); i++) {
            LoginFailure row = rows.get(i);
            if (row == null) {
                row = new LoginFailure(keys.get(i), now);
                em.persist(row);
            }
            boolean stale = !now.isBefore(row.getLastFailureAt().plus(policy.resetAfter()));
            int failures = (stale ? 0 : row.getFailures()) + 1;
            Duration wait = policy.waitAfter(failures, policy.thresholdOf(row.getKey()));
            row.recordFailure(failures, now, wait.isZero() ? null : now.plus(wait));
        }
        return true;
    }

    /**
     * The claimed check was right: the username's failures are forgotten. A client address only gets its
     * claim back, so an attacker's own successful sign-in does not reset the count of the guesses the same
     * address spread over other usernames (password spraying).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordSuccess(List<LoginFailureKey> keys) {
        change(keys, true);
    }

    /** The claimed check was neither a failure nor a sign-in (a suspended account's right password). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void refund(List<LoginFailureKey> keys) {
        change(keys, false);
    }

    private void change(List<LoginFailureKey> keys, boolean forgetUsernames) {
        Policy policy = policy();
        if (!policy.enabled()) {
            return;
        }
        locks.acquire(NamedLock.LOGIN_THROTTLE);
        for (LoginFailureKey key : keys) {
            LoginFailure row = em.find(LoginFailure.class, key);
            if (row == null) {
                continue;
            }
            int failures = row.getFailures() - 1;
            if (failures <= 0 || forgetUsernames && LoginFailureKey.USERNAME.equals(key.getScope())) {
                em.remove(row);
            } else {
                row.recordFailure(failures, row.getLastFailureAt(),
                        failures < policy.thresholdOf(key) ? null : row.getLockedUntil());
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
            locks.acquire(NamedLock.LOGIN_THROTTLE);
            LoginFailure row = em.find(LoginFailure.class, LoginFailureKey.username(username));
            if (row != null) {
                em.remove(row);
            }
        }
        events.record(AuditEvent.USER_UNLOCKED, Json.createObjectBuilder().add("username", String.valueOf(username))
                .add("unlockedBy", actor.getUsername()).build(), actor.getId());
        return target;
    }

    /**
     * A username or client address waiting out a lock now; {@code account} is the user a username names
     * (failures are counted for unknown usernames too), {@code mayClear} whether the caller may lift it.
     */
    public record LockedSubject(LoginFailureKey key, int failures, Instant lockedUntil, Optional<Integer> account,
                                boolean mayClear) {
    }

    /** One page of the locks in force, the ones ending last first, and how many there are in all. */
    public record Locks(List<LockedSubject> rows, long total) {
    }

    /**
     * The locks in force now, as {@code actor} may see them: an admin or manager in multi-user mode, or
     * empty for the single-user password holder. A manager may not lift the lock on an admin's username.
     */
    public Locks locks(Optional<User> actor, PageRequest page) {
        Instant now = clock.instant();
        long total = em.createQuery("SELECT COUNT(f) FROM LoginFailure f WHERE f.lockedUntil > :now", Long.class)
                .setParameter("now", now).getSingleResult();
        List<LoginFailure> rows = em.createQuery("SELECT f FROM LoginFailure f WHERE f.lockedUntil > :now "
                        + "ORDER BY f.lockedUntil DESC, f.key.scope, f.key.subject", LoginFailure.class)
                .setParameter("now", now).setFirstResult((int) page.firstRow()).setMaxResults(page.size()).getResultList();
        List<String> usernames = rows.stream().map(LoginFailure::getKey)
                .filter(key -> LoginFailureKey.USERNAME.equals(key.getScope())).map(LoginFailureKey::getSubject).toList();
        Map<String, User> accounts = new HashMap<>();
        if (!usernames.isEmpty()) {
            em.createQuery("SELECT u FROM User u WHERE u.username IN :names", User.class)
                    .setParameter("names", usernames).getResultList().forEach(user -> accounts.put(user.getUsername(), user));
        }
        return new Locks(rows.stream().map(row -> {
            Optional<User> account = LoginFailureKey.USERNAME.equals(row.getKey().getScope())
                    ? Optional.ofNullable(accounts.get(row.getKey().getSubject())) : Optional.empty();
            return new LockedSubject(row.getKey(), row.getFailures(), row.getLockedUntil(), account.map(User::getId),
                    clearRefusal(actor, account).isEmpty());
        }).toList(), total);
    }

    /** The role rules of contract 4.3 for a lock: only on a named account may a manager be refused. */
    private Optional<String> clearRefusal(Optional<User> actor, Optional<User> account) {
        if (actor.isEmpty()) {
            return Optional.empty();
        }
        if (account.isPresent()) {
            return roleRules.canModify(actor.get(), account.get());
        }
        return actor.get().is(Role.ADMIN) || actor.get().is(Role.MANAGER) ? Optional.empty()
                : Optional.of(RoleRules.INVALID_CALLER);
    }

    /**
     * Lifts one lock (a username's or a client address's) by forgetting its failures. The username of an
     * account goes through {@link #unlock} (same rules, event {@code user_unlocked}); any other subject
     * logs {@code lockout_cleared} {@code {scope, subject, clearedBy}}. {@code actor} as in {@link #locks}.
     */
    @Transactional
    public Outcome<LoginFailureKey> clear(Optional<User> actor, LoginFailureKey key) {
        if (LoginFailureKey.USERNAME.equals(key.getScope()) && actor.isPresent()) {
            Optional<User> account = em.createQuery("SELECT u FROM User u WHERE u.username = :name", User.class)
                    .setParameter("name", key.getSubject()).getResultStream().findFirst();
            if (account.isPresent()) {
                Outcome<User> unlocked = unlock(actor.get(), account.get().getId());
                return unlocked.isDone() ? Outcome.done(key) : Outcome.refused(unlocked.error());
            }
        }
        Optional<String> refused = clearRefusal(actor, Optional.empty());
        if (refused.isPresent()) {
            return Outcome.refused(refused.get());
        }
        locks.acquire(NamedLock.LOGIN_THROTTLE);
        LoginFailure row = em.find(LoginFailure.class, key);
        if (row != null) {
            em.remove(row);
        }
        events.record(AuditEvent.LOCKOUT_CLEARED, Json.createObjectBuilder().add("scope", key.getScope())
                .add("subject", key.getSubject()).add("clearedBy", actorName(actor)).build(), actor.map(User::getId).orElse(null));
        return Outcome.done(key);
    }

    /** How many locks {@link #clearAll} lifted, and how many it left because the rules refuse them to the caller. */
    public record Cleared(int cleared, long kept) {
    }

    /**
     * Lifts every lock in force that {@code actor} may lift (a manager's leave the locks on admins'
     * usernames). Event {@code lockouts_cleared} {@code {cleared, clearedBy}}.
     */
    @Transactional
    public Outcome<Cleared> clearAll(Optional<User> actor) {
        if (clearRefusal(actor, Optional.empty()).isPresent()) {
            return Outcome.refused(RoleRules.INVALID_CALLER);
        }
        locks.acquire(NamedLock.LOGIN_THROTTLE);
        Instant now = clock.instant();
        boolean spareAdmins = actor.isPresent() && !actor.get().is(Role.ADMIN);
        String adminNames = " AND NOT (f.key.scope = :scope AND f.key.subject IN "
                + "(SELECT u.username FROM User u WHERE u.role = :admin))";
        var delete = em.createQuery("DELETE FROM LoginFailure f WHERE f.lockedUntil > :now" + (spareAdmins ? adminNames : ""))
                .setParameter("now", now);
        if (spareAdmins) {
            delete.setParameter("scope", LoginFailureKey.USERNAME).setParameter("admin", Role.ADMIN.wireName());
        }
        int cleared = delete.executeUpdate();
        long kept = em.createQuery("SELECT COUNT(f) FROM LoginFailure f WHERE f.lockedUntil > :now", Long.class)
                .setParameter("now", now).getSingleResult();
        events.record(AuditEvent.LOCKOUTS_CLEARED, Json.createObjectBuilder().add("cleared", cleared)
                .add("clearedBy", actorName(actor)).build(), actor.map(User::getId).orElse(null));
        return Outcome.done(new Cleared(cleared, kept));
    }

    private static String actorName(Optional<User> actor) {
        return actor.map(User::getUsername).orElse("single-user");
    }
}
