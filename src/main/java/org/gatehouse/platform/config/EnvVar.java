package org.gatehouse.platform.config;

/**
 * Every environment variable Gatehouse reads. The README documents each one (a test checks it).
 * The first group is read straight from the process (it locates the database itself); every other
 * variable can also be changed at run time through {@code org.gatehouse.settings.control.Configuration}.
 */
public enum EnvVar {
    // Where Gatehouse runs and keeps its data
    SERVER_PORT(Group.PROCESS, Kind.VALUE),
    STORAGE_DIR(Group.PROCESS, Kind.VALUE),
    GATEHOUSE_DATABASE_URL(Group.PROCESS, Kind.SECRET),
    GATEHOUSE_DATABASE_USER(Group.PROCESS, Kind.VALUE),
    GATEHOUSE_DATABASE_PASSWORD(Group.PROCESS, Kind.SECRET),
    GATEHOUSE_CONFIG_REFRESH_SECONDS(Group.PROCESS, Kind.VALUE),

    // Sign-in (contract appendix B)
    AUTH_TOKEN(Group.SIGN_IN, Kind.SECRET),
    JWT_SECRET(Group.SIGN_IN, Kind.SECRET),
    JWT_EXPIRY(Group.SIGN_IN, Kind.VALUE),

    // Password policy for multi-user accounts
    PASSWORDMINCHAR(Group.PASSWORD_POLICY, Kind.VALUE),
    PASSWORDMAXCHAR(Group.PASSWORD_POLICY, Kind.VALUE),
    PASSWORDLOWERCASE(Group.PASSWORD_POLICY, Kind.VALUE),
    PASSWORDUPPERCASE(Group.PASSWORD_POLICY, Kind.VALUE),
    PASSWORDNUMERIC(Group.PASSWORD_POLICY, Kind.VALUE),
    PASSWORDSYMBOL(Group.PASSWORD_POLICY, Kind.VALUE),
    PASSWORDREQUIREMENTS(Group.PASSWORD_POLICY, Kind.VALUE),

    // Brute-force protection and password policy (Gatehouse's own)
    GATEHOUSE_LOCKOUT_THRESHOLD(Group.PROTECTION, Kind.VALUE),
    GATEHOUSE_LOCKOUT_ADDRESS_THRESHOLD(Group.PROTECTION, Kind.VALUE),
    GATEHOUSE_LOCKOUT_SECONDS(Group.PROTECTION, Kind.VALUE),
    GATEHOUSE_LOCKOUT_MAX_SECONDS(Group.PROTECTION, Kind.VALUE),
    GATEHOUSE_LOCKOUT_RESET_HOURS(Group.PROTECTION, Kind.VALUE),
    GATEHOUSE_PASSWORD_DENYLIST(Group.PROTECTION, Kind.VALUE),
    GATEHOUSE_IMAGE_MAX_BYTES(Group.PROTECTION, Kind.VALUE),
    /** Largest request body (JSON, text, form); multipart bodies may hold one image of the size above. */
    GATEHOUSE_MAX_BODY_BYTES(Group.PROTECTION, Kind.VALUE),
    API_KEYS_OUTLIVE_CREATOR(Group.PROTECTION, Kind.VALUE),
    GATEHOUSE_TRUSTED_PROXIES(Group.PROTECTION, Kind.VALUE),

    // Simple SSO and administrator switches (presence flags)
    SIMPLE_SSO_ENABLED(Group.SWITCHES, Kind.PRESENCE_FLAG),
    SIMPLE_SSO_NO_LOGIN(Group.SWITCHES, Kind.PRESENCE_FLAG),
    SIMPLE_SSO_NO_LOGIN_REDIRECT(Group.SWITCHES, Kind.VALUE),
    GATEHOUSE_SSO_TOKEN_MINUTES(Group.SWITCHES, Kind.VALUE),
    DISABLE_VIEW_CHAT_HISTORY(Group.SWITCHES, Kind.PRESENCE_FLAG),
    WORKSPACE_DELETION_PROTECTION(Group.SWITCHES, Kind.PRESENCE_FLAG),
    DISABLE_SWAGGER_DOCS(Group.SWITCHES, Kind.VALUE),

    // Audit log
    EVENT_LOG_RETENTION_DAYS(Group.AUDIT, Kind.VALUE),

    // AnythingLLM provider choices: stored and reported to its web client; Gatehouse calls no model
    LLM_PROVIDER(Group.PROVIDERS, Kind.VALUE),
    OPEN_AI_KEY(Group.PROVIDERS, Kind.SECRET),
    OPEN_MODEL_PREF(Group.PROVIDERS, Kind.VALUE),
    EMBEDDING_ENGINE(Group.PROVIDERS, Kind.VALUE),
    EMBEDDING_MODEL_PREF(Group.PROVIDERS, Kind.VALUE),
    VECTOR_DB(Group.PROVIDERS, Kind.VALUE),

    // Telemetry and run mode
    GATEHOUSE_TELEMETRY_URL(Group.TELEMETRY, Kind.VALUE),
    DISABLE_TELEMETRY(Group.TELEMETRY, Kind.VALUE),
    NODE_ENV(Group.TELEMETRY, Kind.VALUE);

    private final Group group;
    private final Kind kind;

    EnvVar(Group group, Kind kind) {
        this.group = group;
        this.kind = kind;
    }

    public Group group() {
        return group;
    }

    /** A secret's value is never shown, only whether it is set. */
    public boolean isSecret() {
        return kind == Kind.SECRET;
    }

    /** A presence flag counts when set at all, whatever its value (contract 1.5). */
    public boolean isPresenceFlag() {
        return kind == Kind.PRESENCE_FLAG;
    }

    /** What a variable is about, in the order the README lists them. */
    public enum Group {
        PROCESS, SIGN_IN, PASSWORD_POLICY, PROTECTION, SWITCHES, AUDIT, PROVIDERS, TELEMETRY;

        /** The variables an administrator tunes for administration and sign-in (not where the server runs, not model providers). */
        public boolean concernsAdministration() {
            return this != PROCESS && this != PROVIDERS;
        }
    }

    /** How a variable's value counts and whether it may be shown. */
    enum Kind {
        VALUE, SECRET, PRESENCE_FLAG
    }
}
