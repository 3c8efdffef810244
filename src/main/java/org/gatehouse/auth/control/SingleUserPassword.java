package org.gatehouse.auth.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import jakarta.json.JsonValue;
import org.gatehouse.events.control.AuditEvent;
import org.gatehouse.events.control.EventLogService;
import org.gatehouse.platform.config.EnvVar;
import org.gatehouse.settings.control.EnvironmentOverlay;

/**
 * {@code POST /api/system/update-password} (contract E17): turns single-user password protection on, off,
 * or changes the password. Done synchronously, so a rejected password is reported (AnythingLLM answers
 * success before it even checks). A new password also rotates the signing secret, ending every session.
 * Each change logs {@code single_user_password_set} or {@code single_user_password_removed} (Gatehouse's own).
 */
@ApplicationScoped
public class SingleUserPassword {

    public static final String RESTRICTED =
            "Your password has restricted characters in it. Allowed symbols are _,-,!,@,$,%,^,&,*,(,),;";

    private static final Pattern ALLOWED = Pattern.compile("^[a-zA-Z0-9_\\-!@$%^&*();]+$");
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    EnvironmentOverlay overlay;

    @Inject
    SingleUserSessions sessions;

    @Inject
    EventLogService events;

    /** Removes the password: the instance becomes open. */
    @Transactional
    public void disable() {
        overlay.put(EnvVar.AUTH_TOKEN.name(), "");
        sessions.revokeAll();
        events.record(AuditEvent.SINGLE_USER_PASSWORD_REMOVED, JsonValue.EMPTY_JSON_OBJECT, null);
    }

    /** Sets a new password; the reason it was refused otherwise. */
    @Transactional
    public Optional<String> change(String newPassword) {
        if (newPassword == null || !ALLOWED.matcher(newPassword).matches()) {
            return Optional.of(RESTRICTED);
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        overlay.put(EnvVar.AUTH_TOKEN.name(), newPassword);
        overlay.put(EnvVar.JWT_SECRET.name(), HexFormat.of().formatHex(secret));
        sessions.revokeAll();
        events.record(AuditEvent.SINGLE_USER_PASSWORD_SET, JsonValue.EMPTY_JSON_OBJECT, null);
        return Optional.empty();
    }
}
