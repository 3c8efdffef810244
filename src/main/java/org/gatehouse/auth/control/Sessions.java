package org.gatehouse.auth.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.json.Json;
import java.time.Clock;
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
}
