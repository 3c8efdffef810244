package org.gatehouse.auth.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.gatehouse.settings.control.SystemSettings;

/** Single-user sessions issued before the last single-user logout are refused on every node. */
@ApplicationScoped
public class SingleUserSessions {

    static final String VALID_AFTER = "gatehouse_single_user_sessions_valid_after";

    @Inject
    SystemSettings settings;

    @Inject
    Clock clock;

    public Optional<Instant> validAfter() {
        return settings.value(VALID_AFTER).map(Long::parseLong).map(Instant::ofEpochMilli);
    }

    /** Ends every single-user session issued until now. */
    public void revokeAll() {
        settings.put(VALID_AFTER, String.valueOf(clock.instant().toEpochMilli()));
    }
}
