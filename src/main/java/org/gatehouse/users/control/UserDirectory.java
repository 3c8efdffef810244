package org.gatehouse.users.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.gatehouse.users.entity.User;

/** Finds users; exact, case-sensitive usernames as AnythingLLM compares them. */
@ApplicationScoped
public class UserDirectory {

    @PersistenceContext(unitName = "gatehouse")
    EntityManager em;

    public Optional<User> byId(int id) {
        return Optional.ofNullable(em.find(User.class, id));
    }

    public Optional<User> byUsername(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return em.createNamedQuery(User.BY_USERNAME, User.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    public long countAdmins() {
        return em.createQuery("SELECT COUNT(u) FROM User u WHERE u.role = 'admin'", Long.class).getSingleResult();
    }
}
