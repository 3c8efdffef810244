package org.gatehouse.platform.config;

/**
 * Every environment variable Gatehouse reads. The README documents each one (a test checks it).
 * The first group is read straight from the process (it locates the database itself); every other
 * variable can also be changed at run time through {@code org.gatehouse.settings.control.Configuration}.
 */
public enum EnvVar {
    // Where Gatehouse runs and keeps its data
    SERVER_PORT,
    STORAGE_DIR,
    GATEHOUSE_DATABASE_URL,
    GATEHOUSE_DATABASE_USER,
    GATEHOUSE_DATABASE_PASSWORD,
    GATEHOUSE_CONFIG_REFRESH_SECONDS,

    // Sign-in (contract appendix B)
    AUTH_TOKEN,
    JWT_SECRET,
    JWT_EXPIRY,

    // Password policy for multi-user accounts
    PASSWORDMINCHAR,
    PASSWORDMAXCHAR,
    PASSWORDLOWERCASE,
    PASSWORDUPPERCASE,
    PASSWORDNUMERIC,
    PASSWORDSYMBOL,
    PASSWORDREQUIREMENTS,

    // Brute-force protection and password policy (Gatehouse's own)
    GATEHOUSE_LOCKOUT_THRESHOLD,
    GATEHOUSE_LOCKOUT_SECONDS,
    GATEHOUSE_LOCKOUT_MAX_SECONDS,
    GATEHOUSE_LOCKOUT_RESET_HOURS,
    GATEHOUSE_PASSWORD_DENYLIST,
    GATEHOUSE_IMAGE_MAX_BYTES,
    API_KEYS_OUTLIVE_CREATOR,
    GATEHOUSE_TRUSTED_PROXIES,

    // Simple SSO and administrator switches (presence flags)
    SIMPLE_SSO_ENABLED,
    SIMPLE_SSO_NO_LOGIN,
    SIMPLE_SSO_NO_LOGIN_REDIRECT,
    GATEHOUSE_SSO_TOKEN_MINUTES,
    DISABLE_VIEW_CHAT_HISTORY,
    WORKSPACE_DELETION_PROTECTION,
    DISABLE_SWAGGER_DOCS,

    // Audit log
    EVENT_LOG_RETENTION_DAYS,

    // AnythingLLM provider choices: stored and reported to its web client; Gatehouse calls no model
    LLM_PROVIDER,
    OPEN_AI_KEY,
    OPEN_MODEL_PREF,
    EMBEDDING_ENGINE,
    EMBEDDING_MODEL_PREF,
    VECTOR_DB,

    // Telemetry and run mode
    GATEHOUSE_TELEMETRY_URL,
    DISABLE_TELEMETRY,
    NODE_ENV
}
