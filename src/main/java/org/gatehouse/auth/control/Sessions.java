package org.gatehouse.auth.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.json.Json;
import java.time.Clock;
import java.util.Optional;
import org.gatehouse.events.control.AuditEvent;
import org.gatehouse.events.control.EventLogService;
import org.gatehouse.platform.rest.PathIds;
import org.gatehouse.users.control.RoleRules;
import org.gatehouse.users.control.UserDirectory;
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
    UserDirectory users;

    @Inject
    RoleRules roleRules;

    @Inject
    EventLogService events;

    /** The HTTP status and error (null on success) of an administrator's revocation. */
    public record Revocation(int status, String error) {
    }

    /**
     * An administrator or manager ends every session of the user with this id; the role rules of
     * contract 4.3 apply (a manager cannot touch an admin).
     */
    @Transactional
    public Revocation revokeFor(User actor, String targetId) {
        Optional<User> target = PathIds.parse(targetId).flatMap(users::byId);
        if (target.isEmpty()) {
            return new Revocation(404, "User not found");
        }
        Optional<String> refused = roleRules.canModify(actor, target.get());
        if (refused.isPresent()) {
            return new Revocation(200, refused.get());
        }
        target.get().revokeSessions(clock.instant());
        events.record(AuditEvent.USER_SESSIONS_REVOKED, Json.createObjectBuilder()
                .add("username", target.get().getUsername())
                .add("revokedBy", actor.getUsername())
                .build(), actor.getId());
        return new Revocation(200, null);
    }


    /** Every session of this user issued until now stops working, on every node. */
    @Transactional
    public void endAllOf(User user) {
        em.find(User.class, user.getId()).revokeSessions(clock.instant());
    }

    /** Every single-user session issued until now stops working. */
    @Transactional
    public void endAllSingleUser() {
        singleUser.revokeAll();
    }
}
