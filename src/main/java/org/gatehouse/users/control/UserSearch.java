package org.gatehouse.users.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.gatehouse.auth.control.LoginThrottle;

/**
 * The admin user list one page at a time (beyond AnythingLLM, whose list has neither search nor pages):
 * a count and a page query, both filtered in the database, so a page of 100,000 users reads only its
 * own rows. The orders are served by the indexes of migration V9.
 */
@ApplicationScoped
public class UserSearch {

    static final String LISTED = "SELECT NEW org.gatehouse.users.control.ListedUser(u.id, u.username, u.pfpFilename, "
            + "u.role, u.suspended, u.seenRecoveryCodes, u.createdAt, u.lastUpdatedAt, u.dailyMessageLimit, u.bio) "
            + "FROM User u";
    private static final String LOCKED = "EXISTS (SELECT f.lockedUntil FROM LoginFailure f WHERE f.key.scope = 'username' "
            + "AND f.key.subject = u.username AND f.lockedUntil > :now)";

    @PersistenceContext(unitName = "gatehouse")
    EntityManager em;

    @Inject
    LoginThrottle throttle;

    @Inject
    Clock clock;

    /** The page asked for, with the total of matches and each row's lockout. */
    public UserPage search(UserQuery query) {
        Map<String, Object> parameters = new HashMap<>();
        String where = where(query, parameters);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(u) FROM User u" + where, Long.class);
        parameters.forEach(count::setParameter);
        long total = count.getSingleResult();
        if (query.page().size() == 0 || query.page().firstRow() >= total) {
            return new UserPage(List.of(), total, query.page());
        }
        TypedQuery<ListedUser> page = em.createQuery(LISTED + where + " ORDER BY "
                + query.sort().orderBy(query.descending()), ListedUser.class);
        parameters.forEach(page::setParameter);
        List<ListedUser> users = page.setFirstResult((int) query.page().firstRow())
                .setMaxResults(query.page().size()).getResultList();
        Set<String> locked = throttle.lockedUsernames(users.stream().map(ListedUser::username).toList());
        return new UserPage(users.stream().map(user -> new UserPage.Row(user, locked.contains(user.username()))).toList(),
                total, query.page());
    }

    private String where(UserQuery query, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        query.search().ifPresent(text -> {
            where.append(" AND LOWER(u.username) LIKE :search ESCAPE '\\'");
            parameters.put("search", "%" + escapeLike(text.toLowerCase(Locale.ROOT)) + "%");
        });
        query.role().ifPresent(role -> {
            where.append(" AND u.role = :role");
            parameters.put("role", role.wireName());
        });
        query.state().ifPresent(state -> {
            Instant now = clock.instant();
            switch (state) {
                case SUSPENDED -> where.append(" AND u.suspended = 1");
                case ACTIVE -> {
                    where.append(" AND u.suspended = 0 AND NOT ").append(LOCKED);
                    parameters.put("now", now);
                }
                case LOCKED_OUT -> {
                    where.append(" AND ").append(LOCKED);
                    parameters.put("now", now);
                }
            }
        });
        return where.toString();
    }

    /** The search text taken literally: LIKE's wildcards and the escape character lose their meaning. */
    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
