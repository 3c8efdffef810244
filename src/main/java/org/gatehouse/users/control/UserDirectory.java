package org.gatehouse.users.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.gatehouse.platform.db.Database;
import org.gatehouse.settings.control.SystemSettings;
import org.gatehouse.settings.entity.SystemSetting;
import org.gatehouse.users.entity.User;

/** Finds users; exact, case-sensitive usernames as AnythingLLM compares them. */
@ApplicationScoped
public class UserDirectory {

    public static final String NOT_FOUND = "User not found";

    @PersistenceContext(unitName = "gatehouse")
    EntityManager em;

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    private static final String LISTED = "SELECT id, username, pfpFilename, role, suspended, seen_recovery_codes, "
            + "createdAt, lastUpdatedAt, dailyMessageLimit, bio FROM users WHERE id > ? ORDER BY id";

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

    /**
     * Serialises every decision about who stays admin until the transaction ends, on one well-known row
     * (the {@code multi_user_mode} setting, which the mode switch locks too): one lock, so no deadlock,
     * on Derby and PostgreSQL alike.
     */
    public void lockAdminChanges() {
        em.createNamedQuery(SystemSetting.BY_LABEL, SystemSetting.class)
                .setParameter("label", SystemSettings.MULTI_USER_MODE)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    /**
     * Serialises "is this username free? then take it" until the transaction ends, so two requests for one
     * name at once make one account and one refusal ({@link UsernameRules#TAKEN}) instead of a unique-key
     * failure that aborts the transaction (a 500). The same row as {@link #lockAdminChanges}: one lock for
     * every user-directory decision, taken after any invite row, so no deadlock; it holds across nodes.
     */
    public void lockUsernames() {
        lockAdminChanges();
    }

    /** The ids of the active (not suspended) admins. */
    public List<Integer> activeAdminIds() {
        return em.createQuery("SELECT u.id FROM User u WHERE u.role = 'admin' AND u.suspended = 0", Integer.class)
                .getResultList();
    }

    /**
     * Every user in id order, as the admin list shows them, {@code batchSize} at a time: only the listed
     * columns, each batch one keyset query on the primary key, so a list of 100,000 users needs little memory.
     * Plain JDBC, the one read here that does: building the projection through EclipseLink cost as much CPU as
     * everything else in the answer (docs/performance.md). Timestamps are stored as UTC wall-clock time, as
     * EclipseLink writes an {@code Instant}, and read back so, whatever the JVM's time zone.
     */
    public ListedUsers listed(int batchSize) {
        return new ListedUsers(batchSize, last -> {
            try (Connection connection = dataSource.getConnection();
                 PreparedStatement query = connection.prepareStatement(LISTED)) {
                query.setInt(1, last);
                query.setMaxRows(batchSize);
                query.setFetchSize(batchSize);
                Calendar utc = Calendar.getInstance(TimeZone.getTimeZone(ZoneOffset.UTC));
                List<ListedUser> batch = new ArrayList<>(batchSize);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        batch.add(new ListedUser(rows.getInt(1), rows.getString(2), rows.getString(3), rows.getString(4),
                                rows.getInt(5), rows.getObject(6) == null ? null : rows.getBoolean(6),
                                rows.getTimestamp(7, utc).toInstant(), rows.getTimestamp(8, utc).toInstant(),
                                rows.getObject(9) == null ? null : rows.getInt(9), rows.getString(10)));
                    }
                }
                return batch;
            } catch (SQLException e) {
                throw new PersistenceException("Cannot read the user list", e);
            }
        });
    }

    /** Usernames by id, for the ids given (one query). */
    public Map<Integer, String> usernames(Collection<Integer> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT u.id, u.username FROM User u WHERE u.id IN :ids", Object[].class)
                .setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(row -> (Integer) row[0], row -> (String) row[1]));
    }
}
