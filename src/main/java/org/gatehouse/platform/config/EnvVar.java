package org.gatehouse.platform.config;

/**
 * Every environment variable Gatehouse reads. The README documents each one (a test checks it).
 *
 * <p>{@link #runtimeChangeable} marks the variables AnythingLLM lets an administrator change while the
 * server runs (its KEY_MAPPING); Gatehouse keeps such changes in the database so they survive restarts
 * and every node sees them.
 */
public enum EnvVar {
    // Where Gatehouse runs and keeps its data
    SERVER_PORT(false),
    STORAGE_DIR(false),
    GATEHOUSE_DATABASE_URL(false),
    GATEHOUSE_DATABASE_USER(false),
    GATEHOUSE_DATABASE_PASSWORD(false),
    GATEHOUSE_CONFIG_REFRESH_SECONDS(false),

    // Sign-in (contract appendix B)
    AUTH_TOKEN(true),
    JWT_SECRET(true),
    JWT_EXPIRY(false),
    SIG_KEY(false),
    SIG_SALT(false),

    // Password policy for multi-user accounts
    PASSWORDMINCHAR(false),
    PASSWORDMAXCHAR(false),
    PASSWORDLOWERCASE(false),
    PASSWORDUPPERCASE(false),
    PASSWORDNUMERIC(false),
    PASSWORDSYMBOL(false),
    PASSWORDREQUIREMENTS(false),

    // Simple SSO and administrator switches (presence flags)
    SIMPLE_SSO_ENABLED(false),
    SIMPLE_SSO_NO_LOGIN(false),
    SIMPLE_SSO_NO_LOGIN_REDIRECT(false),
    DISABLE_VIEW_CHAT_HISTORY(false),
    WORKSPACE_DELETION_PROTECTION(false),
    DISABLE_SWAGGER_DOCS(false),

    // Telemetry and run mode
    DISABLE_TELEMETRY(true),
    NODE_ENV(false);

    private final boolean runtimeChangeable;

    EnvVar(boolean runtimeChangeable) {
        this.runtimeChangeable = runtimeChangeable;
    }

    public boolean runtimeChangeable() {
        return runtimeChangeable;
    }
}
