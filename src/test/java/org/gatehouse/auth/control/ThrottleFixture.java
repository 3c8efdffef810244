package org.gatehouse.auth.control;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import org.gatehouse.events.control.EventLogService;
import org.gatehouse.platform.db.NamedLocksFixture;
import org.gatehouse.settings.control.Configuration;
import org.gatehouse.users.control.UsersFixture;

/** The real sign-in throttle wired by hand, for unit tests outside this package. */
public final class ThrottleFixture {

    private ThrottleFixture() {
    }

    public static LoginThrottle loginThrottle(EntityManager em, Clock clock, Configuration configuration,
                                              EventLogService events) {
        LoginThrottle throttle = new LoginThrottle();
        throttle.em = em;
        throttle.clock = clock;
        throttle.configuration = configuration;
        throttle.roleRules = UsersFixture.roleRules(em);
        throttle.events = events;
        throttle.locks = NamedLocksFixture.namedLocks(em);
        return throttle;
    }
}
