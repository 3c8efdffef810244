package org.gatehouse.users.control;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import org.gatehouse.auth.control.PasswordHashing;
import org.gatehouse.auth.control.ThrottleFixture;
import org.gatehouse.events.control.EventLogService;
import org.gatehouse.settings.control.Configuration;
import org.gatehouse.testing.TestDatabase;
import org.gatehouse.users.entity.Role;
import org.gatehouse.users.entity.User;

/** Real user beans wired by hand, for unit tests outside this package. */
public final class UsersFixture {

    private UsersFixture() {
    }

    /** A user with this name and role, created now and committed (the password hash is a placeholder). */
    public static User persist(EntityManager em, String name, Role role, Instant now) {
        return TestDatabase.inTransaction(em, () -> {
            User user = new User(name, "hash", role, now);
            em.persist(user);
            em.flush();
            return user;
        });
    }

    public static UserDirectory directory(EntityManager em) {
        UserDirectory directory = new UserDirectory();
        directory.em = em;
        return directory;
    }

    /** The directory with the data source its user list reads with plain JDBC. */
    public static UserDirectory directory(EntityManager em, javax.sql.DataSource dataSource) {
        UserDirectory directory = directory(em);
        directory.dataSource = dataSource;
        return directory;
    }

    /** USER-CREATE and USER-UPDATE over this entity manager; events go to {@code events}. */
    public static UserService userService(EntityManager em, Configuration configuration, Clock clock,
                                          EventLogService events) {
        UserService service = new UserService();
        service.em = em;
        service.passwords = passwordPolicy(configuration);
        service.hashing = new PasswordHashing();
        service.users = directory(em);
        service.clock = clock;
        service.events = events;
        service.throttle = ThrottleFixture.loginThrottle(em, clock, configuration, events);
        return service;
    }

    public static RoleRules roleRules(EntityManager em) {
        RoleRules rules = new RoleRules();
        rules.users = directory(em);
        return rules;
    }

    /** The administrators' user actions over this entity manager. */
    public static UserAdministration administration(EntityManager em, Configuration configuration, Clock clock,
                                                    EventLogService events) {
        UserAdministration administration = new UserAdministration();
        administration.em = em;
        administration.users = directory(em);
        administration.userService = userService(em, configuration, clock, events);
        administration.rules = roleRules(em);
        administration.events = events;
        administration.tallies = org.gatehouse.platform.db.NamedLocksFixture.rowTallies(em);
        return administration;
    }

    public static PasswordPolicy passwordPolicy(Configuration configuration) {
        PasswordPolicy policy = new PasswordPolicy();
        policy.configuration = configuration;
        return policy;
    }
}
