package org.gatehouse.auth.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.json.Json;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gatehouse.users.entity.Role;
import org.gatehouse.events.control.AuditEvent;
import org.gatehouse.events.control.EventLogService;
import org.gatehouse.platform.control.Outcome;
import org.gatehouse.users.control.RoleRules;
import org.gatehouse.users.entity.User;

/** Ends sessions (beyond AnythingLLM, whose session tokens cannot be revoked). */
@ApplicationScoped
public class Sessions {

    @PersistenceContext(unitName = "gatehouse")
    EntityManager em;

    @Inject
    SingleUserSessions singleUser;

    @Inject
    Clock clock;


    @Inject
    RoleRules roleRules;

    @Inject
    EventLogService events;

    /**
     * An administrator or manager ends every session of the user with this id; the role rules of
     * contract 4.3 apply (a manager cannot touch an admin). Event {@code user_sessions_revoked}.
     */
    @Transactional
    public Outcome<User> revokeFor(User actor, int targetId) {
        Outcome<User> target = roleRules.modifiable(actor, targetId);
        if (target instanceof Outcome.Done<User> done) {
            done.value().revokeSessions(clock.instant());
            events.record(AuditEvent.USER_SESSIONS_REVOKED, Json.createObjectBuilder()
                    .add("username", done.value().getUsername())
                    .add("revokedBy", actor.getUsername())
                    .build(), actor.getId());
        }
        return target;
    }

    /**
     * The user signs out (API logout or the console's sign-out): every session of theirs issued until now
     * stops working, on every node. Event {@code logout_event}.
     */
    @Transactional
    public void endAllOf(User user) {
        em.find(User.class, user.getId()).revokeSessions(clock.instant());
        events.record(AuditEvent.LOGGED_OUT, Json.createObjectBuilder().add("username", user.getUsername()).build(),
                user.getId());
    }

    /** The single-user password holder signs out: every single-user session issued until now stops working. */
    @Transactional
    public void endAllSingleUser() {
        singleUser.revokeAll();
        events.record(AuditEvent.LOGGED_OUT, Json.createObjectBuilder().build(), null);
    }

    /** When the sessions of each of these users were last ended (users never revoked are absent); one query. */
    public Map<Integer, Instant> endedAt(Collection<Integer> userIds) {
        Map<Integer, Instant> ended = new HashMap<>();
        if (userIds.isEmpty()) {
            return ended;
        }
        for (Object[] row : em.createQuery("SELECT u.id, u.tokensValidAfter FROM User u WHERE u.id IN :ids "
                + "AND u.tokensValidAfter IS NOT NULL", Object[].class).setParameter("ids", List.copyOf(userIds))
                .getResultList()) {
            ended.put((Integer) row[0], (Instant) row[1]);
        }
        return ended;
    }

    /** When the single-user password holder's sessions were last ended, if ever. */
    public Optional<Instant> singleUserEndedAt() {
        return singleUser.validAfter();
    }

    /** What ending every session did: how many accounts it signed out, and whether the actor's own session was kept. */
    public record EndedEverywhere(int users, boolean keptOwnSession) {
    }

    /**
     * Ends every session on the instance, on every node (beyond AnythingLLM): every user's and the
     * single-user password holder's. {@code actor} is the admin acting in multi-user mode, whose own
     * session {@code keepSession} (its token id) survives so they can carry on; empty for the single-user
     * password holder, who is signed out with everyone else. Any role but admin is refused.
     * Event {@code all_sessions_revoked} {@code {users, revokedBy}}.
     */
    @Transactional
    public Outcome<EndedEverywhere> endEverySession(Optional<User> actor, Optional<String> keepSession) {
        if (actor.isPresent() && !actor.get().is(Role.ADMIN)) {
            return Outcome.refused(RoleRules.CANNOT_MODIFY);
        }
        Instant now = clock.instant();
        int users = em.createQuery("UPDATE User u SET u.tokensValidAfter = :now, u.tokensKeptSession = NULL")
                .setParameter("now", now).executeUpdate();
        boolean kept = actor.isPresent() && keepSession.isPresent();
        if (kept) {
            em.createQuery("UPDATE User u SET u.tokensKeptSession = :session WHERE u.id = :id")
                    .setParameter("session", keepSession.get()).setParameter("id", actor.get().getId()).executeUpdate();
        }
        singleUser.revokeAll();
        events.record(AuditEvent.ALL_SESSIONS_REVOKED, Json.createObjectBuilder().add("users", users)
                .add("revokedBy", actor.map(User::getUsername).orElse("single-user")).build(),
                actor.map(User::getId).orElse(null));
        return Outcome.done(new EndedEverywhere(users, kept));
    }
}
