package org.gatehouse.events.control;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;

/** Event names of contract appendix A, and those Gatehouse adds (docs/compatibility.md). */
public final class AuditEvent {

    public static final String LOGIN = "login_event";
    public static final String FAILED_LOGIN_INVALID_USERNAME = "failed_login_invalid_username";
    public static final String FAILED_LOGIN_INVALID_PASSWORD = "failed_login_invalid_password";
    public static final String FAILED_LOGIN_ACCOUNT_SUSPENDED = "failed_login_account_suspended";
    public static final String FAILED_LOGIN_INVALID_TEMPORARY_AUTH_TOKEN = "failed_login_invalid_temporary_auth_token";
    public static final String MULTI_USER_MODE_ENABLED = "multi_user_mode_enabled";
    public static final String USER_CREATED = "user_created";
    public static final String USER_UPDATED = "user_updated";
    public static final String USER_DELETED = "user_deleted";
    public static final String API_USER_DELETED = "api_user_deleted";
    public static final String EVENT_LOGS_CLEARED = "event_logs_cleared";
    public static final String INVITE_CREATED = "invite_created";
    public static final String INVITE_DELETED = "invite_deleted";
    public static final String INVITE_ACCEPTED = "invite_accepted";
    public static final String WORKSPACE_CREATED = "workspace_created";
    public static final String WORKSPACE_DELETED = "workspace_deleted";
    public static final String API_WORKSPACE_CREATED = "api_workspace_created";
    public static final String API_WORKSPACE_DELETED = "api_workspace_deleted";
    public static final String UPDATE_LLM_PROVIDER = "update_llm_provider";
    public static final String UPDATE_EMBEDDING_ENGINE = "update_embedding_engine";
    public static final String UPDATE_VECTOR_DB = "update_vector_db";
    public static final String EXPORTED_CHATS = "exported_chats";
    public static final String API_KEY_CREATED = "api_key_created";
    public static final String API_KEY_DELETED = "api_key_deleted";

    // Gatehouse's own
    public static final String EVENT_LOGS_EXPORTED = "event_logs_exported";
    public static final String FAILED_LOGIN_LOCKED_OUT = "failed_login_locked_out";
    public static final String USER_SESSIONS_REVOKED = "user_sessions_revoked";
    public static final String LOGGED_OUT = "logout_event";
    public static final String USER_UNLOCKED = "user_unlocked";
    public static final String WORKSPACE_CHATS_CLEARED = "workspace_chats_cleared";
    public static final String ALL_SESSIONS_REVOKED = "all_sessions_revoked";
    public static final String LOCKOUT_CLEARED = "lockout_cleared";
    public static final String LOCKOUTS_CLEARED = "lockouts_cleared";
    public static final String ENV_SETTING_CHANGED = "env_setting_changed";
    public static final String SINGLE_USER_PASSWORD_SET = "single_user_password_set";
    public static final String SINGLE_USER_PASSWORD_REMOVED = "single_user_password_removed";
    public static final String UPDATE_TELEMETRY = "update_telemetry";
    public static final String EVENT_LOG_RETENTION_UPDATED = "event_log_retention_updated";
    public static final String FAILED_ACCOUNT_RECOVERY = "failed_account_recovery";
    public static final String PASSWORD_RESET_REQUESTED = "password_reset_requested";
    public static final String FAILED_PASSWORD_CHANGE = "failed_password_change";

    private static final List<String> KNOWN = Arrays.stream(AuditEvent.class.getFields())
            .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == String.class)
            .map(AuditEvent::valueOf).sorted().toList();

    private AuditEvent() {
    }

    /** Every event name above, in alphabetical order (read from the constants, so none is forgotten). */
    public static List<String> known() {
        return KNOWN;
    }

    private static String valueOf(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException unreachable) {
            throw new IllegalStateException(unreachable);
        }
    }
}
