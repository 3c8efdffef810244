package org.gatehouse.system.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumMap;
import java.util.Map;
import org.gatehouse.invites.entity.Invite;
import org.gatehouse.users.entity.Role;

/**
 * The console dashboard's head counts, each one aggregate query in the database, so they cost the same at
 * ten users and at a hundred thousand.
 */
@ApplicationScoped
public class InstanceCounts {

    @PersistenceContext(unitName = "gatehouse")
    EntityManager em;

    /** Users per role (every role present, zero when none) and how many of them are suspended. */
    public record Users(Map<Role, Long> byRole, long suspended) {

        public long total() {
            return byRole.values().stream().mapToLong(Long::longValue).sum();
        }

        public long of(Role role) {
            return byRole.getOrDefault(role, 0L);
        }
    }

    /** Every user counted by role, and the suspended ones. */
    public Users users() {
        Map<Role, Long> byRole = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            byRole.put(role, 0L);
        }
        for (Object[] row : em.createQuery("SELECT u.role, COUNT(u) FROM User u GROUP BY u.role", Object[].class)
                .getResultList()) {
            Role.fromWire((String) row[0]).ifPresent(role -> byRole.put(role, (Long) row[1]));
        }
        long suspended = em.createQuery("SELECT COUNT(u) FROM User u WHERE u.suspended <> 0", Long.class)
                .getSingleResult();
        return new Users(byRole, suspended);
    }

    /** Invitations not yet claimed nor disabled. */
    public long pendingInvitations() {
        return em.createQuery("SELECT COUNT(i) FROM Invite i WHERE i.status = :pending", Long.class)
                .setParameter("pending", Invite.PENDING).getSingleResult();
    }
}
