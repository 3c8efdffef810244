package org.gatehouse.auth.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.gatehouse.events.control.AuditEvent;
import org.gatehouse.events.control.EventLogService;
import org.gatehouse.platform.json.WireObject;
import org.gatehouse.settings.control.SystemSettings;
import org.gatehouse.settings.entity.SystemSetting;
import org.gatehouse.telemetry.control.Telemetry;
import org.gatehouse.users.control.UserService;

/**
 * {@code POST /api/system/enable-multi-user} (contract E18) as one transaction: the first admin is
 * created, the mode flipped and single-user data handed to the admin together, or nothing happens at all
 * (AnythingLLM deletes every user when a step fails). The mode row is locked first, so concurrent calls
 * create exactly one admin.
 */
@ApplicationScoped
public class MultiUserSwitch {

    static final String ALREADY_ENABLED = "Multi-user mode is already enabled.";

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

    public record Outcome(int status, JsonObject body) {
    }

    @Transactional
    public Outcome enable(JsonObject body) {
        SystemSetting mode = em.createNamedQuery(SystemSetting.BY_LABEL, SystemSetting.class)
                .setParameter("label", SystemSettings.MULTI_USER_MODE)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst().orElse(null);
        if (mode != null && "true".equals(mode.getValue())) {
            return new Outcome(200, failure(ALREADY_ENABLED));
        }
        JsonObject admin = Json.createObjectBuilder(body).add("role", "admin").build();
        UserService.Created created = userService.create(admin);
        if (created.user() == null) {
            return new Outcome(400, failure(created.error()));
        }
        int adminId = created.user().getId();
        settings.put(SystemSettings.MULTI_USER_MODE, "true");
        // Single-user data with no owner now belongs to the admin (contract E18).
        em.createNativeQuery("UPDATE browser_extension_api_keys SET user_id = ?1 WHERE user_id IS NULL")
                .setParameter(1, adminId).executeUpdate();
        em.createNativeQuery("UPDATE workspace_chats SET user_id = ?1 WHERE user_id IS NULL")
                .setParameter(1, adminId).executeUpdate();
        em.createNativeQuery("DELETE FROM system_settings WHERE label = 'whitelisted_agent_skills'").executeUpdate();
        events.record(AuditEvent.MULTI_USER_MODE_ENABLED, JsonObject.EMPTY_JSON_OBJECT, adminId);
        telemetry.send(Telemetry.ENABLED_MULTI_USER_MODE);
        return new Outcome(200, WireObject.create().put("success", true).put("error", (String) null).build());
    }

    private static JsonObject failure(String error) {
        return WireObject.create().put("success", false).put("error", error).build();
    }
}
