package org.gatehouse.auth.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.gatehouse.events.control.AuditEvent;
import org.gatehouse.events.control.EventLogService;
import org.gatehouse.settings.control.SystemSettings;
import org.gatehouse.settings.entity.SystemSetting;
import org.gatehouse.telemetry.control.Telemetry;
import org.gatehouse.platform.control.Outcome;
import org.gatehouse.users.control.NewUser;
import org.gatehouse.users.control.UserService;
import org.gatehouse.users.entity.Role;
import org.gatehouse.users.entity.User;

/**
 * {@code POST /api/system/enable-multi-user} (contract E18) as one transaction: the first admin is
 * created, the mode flipped and single-user data handed to the admin together, or nothing happens at all
 * (AnythingLLM deletes every user when a step fails). The mode row is locked first, so concurrent calls
 * create exactly one admin.
 */
@ApplicationScoped
public class MultiUserSwitch {

    @PersistenceContext(unitName = "gatehouse")
    EntityManager em;

    @Inject
    UserService userService;

    @Inject
    SystemSettings settings;

    @Inject
    EventLogService events;

    @Inject
    Telemetry telemetry;

    /** What the switch did. */
    public sealed interface Result {
    }

    /** Multi-user mode is on, with this first admin. */
    public record Enabled(int adminId) implements Result {
    }

    /** It was on already: nothing changed. */
    public record AlreadyEnabled() implements Result {
    }

    /** The admin broke a user rule (its message): nothing changed. */
    public record Refused(String message) implements Result {
    }

    /** Creates the first admin (whatever role was asked for) and switches to multi-user mode, in one transaction. */
    @Transactional
    public Result enable(NewUser admin) {
        SystemSetting mode = em.createNamedQuery(SystemSetting.BY_LABEL, SystemSetting.class)
                .setParameter("label", SystemSettings.MULTI_USER_MODE)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst().orElse(null);
        if (mode != null && "true".equals(mode.getValue())) {
            return new AlreadyEnabled();
        }
        Outcome<User> created = userService.create(admin.withRole(Role.ADMIN));
        if (!(created instanceof Outcome.Done<User> done)) {
            return new Refused(created.error());
        }
        int adminId = done.value().getId();
        settings.put(SystemSettings.MULTI_USER_MODE, "true");
        // Single-user data with no owner now belongs to the admin (contract E18).
        em.createNativeQuery("UPDATE browser_extension_api_keys SET user_id = ?1 WHERE user_id IS NULL")
                .setParameter(1, adminId).executeUpdate();
        em.createNativeQuery("UPDATE workspace_chats SET user_id = ?1 WHERE user_id IS NULL")
                .setParameter(1, adminId).executeUpdate();
        em.createNativeQuery("DELETE FROM system_settings WHERE label = 'whitelisted_agent_skills'").executeUpdate();
        events.record(AuditEvent.MULTI_USER_MODE_ENABLED, JsonObject.EMPTY_JSON_OBJECT, adminId);
        telemetry.send(Telemetry.ENABLED_MULTI_USER_MODE);
        return new Enabled(adminId);
    }
}
