package org.gatehouse.settings.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gatehouse.events.control.AuditEvent;
import org.gatehouse.events.control.EventLogService;
import org.gatehouse.platform.config.EnvVar;
import org.gatehouse.platform.time.MsDuration;

/**
 * {@code POST /api/system/update-env} (contract E40, 6.7): AnythingLLM's KEY_MAPPING for the keys that
 * concern administration, sign-in and the provider choices its web client shows. Values go to the
 * database overlay, so they take effect at once on every node and survive restarts.
 */
@ApplicationScoped
public class EnvironmentSettings {

    static final String CANNOT_SET = "Cannot set this setting.";

    /** The update-env key of {@code EVENT_LOG_RETENTION_DAYS}. */
    public static final String EVENT_LOG_RETENTION_KEY = "EventLogRetentionDays";
    static final int MAX_RETENTION_DAYS = 36_500;
    static final String RETENTION_REFUSAL = "Event log retention must be empty (keep every event) or a whole number "
            + "of days from 1 to " + MAX_RETENTION_DAYS + ".";

    static final Set<String> LLM_PROVIDERS = Set.of("openai", "azure", "anthropic", "gemini", "lmstudio", "localai",
            "ollama", "togetherai", "fireworksai", "mistral", "huggingface", "perplexity", "openrouter", "groq",
            "koboldcpp", "textgenwebui", "cohere", "litellm", "generic-openai", "bedrock", "deepseek", "apipie", "xai",
            "novita", "nvidia-nim", "ppio", "dpais", "moonshotai", "native");
    /** AnythingLLM 1.16's {@code supportedEmbeddingModel}, in its order: its refusal lists them so. */
    static final List<String> EMBEDDING_ENGINES = List.of("openai", "azure", "gemini", "localai", "native", "ollama",
            "lmstudio", "cohere", "voyageai", "litellm", "generic-openai", "mistral", "openrouter", "lemonade");
    /** AnythingLLM 1.16's {@code supportedVectorDB}, in its order. */
    static final List<String> VECTOR_DBS = List.of("chroma", "chromacloud", "pinecone", "lancedb", "weaviate", "qdrant",
            "milvus", "zilliz", "astra", "pgvector");

    /** One check of a KEY_MAPPING entry: the refusal of this value, or empty. */
    interface Check extends Function<String, Optional<String>> {
    }

    /**
     * One KEY_MAPPING entry: the variable, its checks (all run; their refusals joined), the event its change
     * logs, and whether that event records the new value (only for values that are neither secret nor free text).
     */
    record Key(EnvVar variable, List<Check> checks, String event, boolean logsValue) {

        Key(EnvVar variable, List<Check> checks, String event) {
            this(variable, checks, event, false);
        }
    }

    static final Map<String, Key> KEY_MAPPING = keyMapping();

    @Inject
    EnvironmentOverlay overlay;

    @Inject
    EventLogService events;

    @Inject
    org.gatehouse.telemetry.control.Telemetry telemetry;

    /** One key of an update, in the order sent: its value, or {@code null} when the value sent is not text. */
    public record Change(String key, String value) {
    }

    /** The values applied, in order, and the refusal that stopped processing (empty: all applied). */
    public record Applied(Map<String, String> newValues, Optional<String> error) {
    }

    /** E40 / E104: applies the changes in order up to the first refused one; {@code actorId} is null for the developer API. */
    @Transactional
    public Applied update(List<Change> changes, Integer actorId) {
        Map<String, String> applied = new LinkedHashMap<>();
        for (Change change : changes) {
            Key key = KEY_MAPPING.get(change.key());
            if (key == null && !change.key().equals("AuthToken") && !change.key().equals("JWTSecret")) {
                continue; // unknown keys are skipped, as in AnythingLLM
            }
            if (change.value() == null) {
                return new Applied(applied, Optional.of(change.key() + " must be a string."));
            }
            if (change.value().contains("******")) {
                continue; // a masked secret echoed back by the client: keep the stored one
            }
            if (key == null) {
                return new Applied(applied, Optional.of(CANNOT_SET));
            }
            Optional<String> problem = refusal(key, change.value());
            if (problem.isPresent()) {
                return new Applied(applied, problem);
            }
            if (key.variable() == EnvVar.DISABLE_TELEMETRY && "true".equals(change.value())) {
                // The last event before the switch, as AnythingLLM sends it.
                telemetry.send(org.gatehouse.telemetry.control.Telemetry.TELEMETRY_DISABLED, JsonValue.EMPTY_JSON_OBJECT);
            }
            overlay.put(key.variable().name(), change.value());
            applied.put(change.key(), change.value());
            if (key.event() != null) {
                events.record(key.event(), key.logsValue()
                        ? Json.createObjectBuilder().add(change.key(), change.value()).build()
                        : JsonValue.EMPTY_JSON_OBJECT, actorId);
            }
        }
        return new Applied(applied, Optional.empty());
    }

    /**
     * The sign-in settings the console changes that update-env's KEY_MAPPING leaves out (AnythingLLM reads
     * them only at boot): each stored in the same overlay, so it takes effect at once on every node.
     * A presence flag is on when set (whatever its value) and off when unset.
     */
    public enum RunTimeSetting {
        SIMPLE_SSO_ENABLED(EnvVar.SIMPLE_SSO_ENABLED, Kind.PRESENCE, 0, 0, null),
        SIMPLE_SSO_NO_LOGIN(EnvVar.SIMPLE_SSO_NO_LOGIN, Kind.PRESENCE, 0, 0, null),
        SIMPLE_SSO_NO_LOGIN_REDIRECT(EnvVar.SIMPLE_SSO_NO_LOGIN_REDIRECT, Kind.URL, 0, 0, null),
        PASSWORDMINCHAR(EnvVar.PASSWORDMINCHAR, Kind.NUMBER, 1, 250, "8"),
        PASSWORDMAXCHAR(EnvVar.PASSWORDMAXCHAR, Kind.NUMBER, 1, 1000, "250"),
        GATEHOUSE_PASSWORD_DENYLIST(EnvVar.GATEHOUSE_PASSWORD_DENYLIST, Kind.SWITCH_OFF_BY_FALSE, 0, 0, null),
        JWT_EXPIRY(EnvVar.JWT_EXPIRY, Kind.DURATION, 0, 0, "30d"),
        GATEHOUSE_LOCKOUT_THRESHOLD(EnvVar.GATEHOUSE_LOCKOUT_THRESHOLD, Kind.NUMBER, 0, 1000, "5"),
        GATEHOUSE_LOCKOUT_ADDRESS_THRESHOLD(EnvVar.GATEHOUSE_LOCKOUT_ADDRESS_THRESHOLD, Kind.NUMBER, 0, 100_000, "20"),
        GATEHOUSE_LOCKOUT_SECONDS(EnvVar.GATEHOUSE_LOCKOUT_SECONDS, Kind.NUMBER, 1, 86_400, "60"),
        GATEHOUSE_LOCKOUT_MAX_SECONDS(EnvVar.GATEHOUSE_LOCKOUT_MAX_SECONDS, Kind.NUMBER, 1, 604_800, "900"),
        GATEHOUSE_LOCKOUT_RESET_HOURS(EnvVar.GATEHOUSE_LOCKOUT_RESET_HOURS, Kind.NUMBER, 1, 8_760, "12");

        enum Kind { PRESENCE, SWITCH_OFF_BY_FALSE, URL, NUMBER, DURATION }

        private final EnvVar variable;
        private final Kind kind;
        private final int min;
        private final int max;
        private final String defaultValue;

        RunTimeSetting(EnvVar variable, Kind kind, int min, int max, String defaultValue) {
            this.variable = variable;
            this.kind = kind;
            this.min = min;
            this.max = max;
            this.defaultValue = defaultValue;
        }

        public EnvVar variable() {
            return variable;
        }

        /** Why this value cannot be stored; empty when it can (unsetting always can). */
        Optional<String> refusal(String value) {
            if (value == null) {
                return Optional.empty();
            }
            String name = variable.name();
            return switch (kind) {
                case PRESENCE, SWITCH_OFF_BY_FALSE -> Optional.empty();
                case URL -> Configuration.normalizedUrl(value).isPresent() ? Optional.empty()
                        : Optional.of(name + " must be an absolute URL, such as https://sso.example.com/login.");
                case DURATION -> MsDuration.parse(value)
                        .filter(duration -> !duration.isNegative() && !duration.isZero()).isPresent() ? Optional.empty()
                        : Optional.of(name + " must be a duration such as 30d, 12h or 90m.");
                case NUMBER -> number(value).filter(n -> n >= min && n <= max).isPresent() ? Optional.empty()
                        : Optional.of(name + " must be a whole number from " + min + " to " + max + ".");
            };
        }

        private static Optional<Integer> number(String value) {
            try {
                return Optional.of(Integer.parseInt(value.strip()));
            } catch (NumberFormatException notANumber) {
                return Optional.empty();
            }
        }
    }

    /** One run-time setting to store ({@code value} null: unset it, back to the process environment's value or the default). */
    public record RunTimeChange(RunTimeSetting setting, String value) {
    }

    @Inject
    Configuration configuration;

    /**
     * Stores run-time settings together or none of them: every value is checked first (the password
     * length bounds against each other too), and the refusals are answered one a line. Each stored value
     * logs {@code env_setting_changed} with the variable and its new value (none of these is a secret).
     */
    @Transactional
    public Optional<String> change(List<RunTimeChange> changes, Integer actorId) {
        List<String> refusals = new ArrayList<>();
        for (RunTimeChange change : changes) {
            change.setting().refusal(change.value()).ifPresent(refusals::add);
        }
        if (refusals.isEmpty()) {
            passwordBounds(changes).ifPresent(refusals::add);
        }
        if (!refusals.isEmpty()) {
            return Optional.of(String.join("\n", refusals));
        }
        for (RunTimeChange change : changes) {
            String stored = change.value() == null ? null : change.value().strip();
            String inForce = configuration.value(change.setting().variable()).orElse(change.setting().defaultValue);
            if (Objects.equals(stored, inForce)) {
                continue; // a form sends every field: only what differs from the value in force is a change
            }
            overlay.put(change.setting().variable().name(), stored);
            events.record(AuditEvent.ENV_SETTING_CHANGED, Json.createObjectBuilder()
                    .add("variable", change.setting().variable().name())
                    .add("value", stored == null ? JsonValue.NULL : Json.createValue(stored))
                    .build(), actorId);
        }
        return Optional.empty();
    }

    private Optional<String> passwordBounds(List<RunTimeChange> changes) {
        int min = boundAfter(changes, RunTimeSetting.PASSWORDMINCHAR, 8);
        int max = boundAfter(changes, RunTimeSetting.PASSWORDMAXCHAR, 250);
        return min <= max ? Optional.empty()
                : Optional.of("PASSWORDMINCHAR (" + min + ") must not be greater than PASSWORDMAXCHAR (" + max + ").");
    }

    /** The bound in force once these changes are stored: the changed value, else the current one. */
    private int boundAfter(List<RunTimeChange> changes, RunTimeSetting setting, int defaultValue) {
        for (RunTimeChange change : changes) {
            if (change.setting() == setting) {
                return change.value() == null ? defaultValue : Integer.parseInt(change.value().strip());
            }
        }
        return configuration.intValue(setting.variable(), defaultValue);
    }

    /** Every check's refusal of the value, one a line, as AnythingLLM joins them; empty when all pass. */
    static Optional<String> refusal(Key key, String value) {
        String refusals = key.checks().stream().map(check -> check.apply(value)).flatMap(Optional::stream)
                .collect(Collectors.joining("\n"));
        return refusals.isEmpty() ? Optional.empty() : Optional.of(refusals);
    }

    private static Map<String, Key> keyMapping() {
        Map<String, Key> mapping = new LinkedHashMap<>();
        mapping.put("LLMProvider", new Key(EnvVar.LLM_PROVIDER, List.of(value -> LLM_PROVIDERS.contains(value)
                ? Optional.empty() : Optional.of(value + " is not a valid LLM provider.")), AuditEvent.UPDATE_LLM_PROVIDER));
        mapping.put("OpenAiKey", new Key(EnvVar.OPEN_AI_KEY, List.of(notEmpty("OpenAI Key")), null));
        mapping.put("OpenAiModelPref", new Key(EnvVar.OPEN_MODEL_PREF, List.of(), null));
        mapping.put("EmbeddingEngine", new Key(EnvVar.EMBEDDING_ENGINE,
                List.of(oneOf(EMBEDDING_ENGINES, "Invalid Embedding model type")), AuditEvent.UPDATE_EMBEDDING_ENGINE));
        mapping.put("EmbeddingModelPref", new Key(EnvVar.EMBEDDING_MODEL_PREF, List.of(), null));
        mapping.put("VectorDB", new Key(EnvVar.VECTOR_DB,
                List.of(EnvironmentSettings::valueNotEmpty, oneOf(VECTOR_DBS, "Invalid VectorDB type")), AuditEvent.UPDATE_VECTOR_DB));
        // Gatehouse logs this switch (AnythingLLM does not): whether anything leaves the instance is an audit question.
        mapping.put("DisableTelemetry", new Key(EnvVar.DISABLE_TELEMETRY, List.of(), AuditEvent.UPDATE_TELEMETRY, true));
        // Gatehouse's own (docs/compatibility.md): empty keeps every event.
        mapping.put(EVENT_LOG_RETENTION_KEY, new Key(EnvVar.EVENT_LOG_RETENTION_DAYS,
                List.of(EnvironmentSettings::wholeDaysOrEmpty), AuditEvent.EVENT_LOG_RETENTION_UPDATED, true));
        return Map.copyOf(mapping);
    }

    /** AnythingLLM's wording: {@code Invalid VectorDB type. Must be one of chroma, pinecone, ...}. */
    private static Check oneOf(List<String> allowed, String refusal) {
        return value -> allowed.contains(value) ? Optional.empty()
                : Optional.of(refusal + ". Must be one of " + String.join(", ", allowed) + ".");
    }

    /** The retention in days: empty (keep everything) or a whole number from 1 to {@value #MAX_RETENTION_DAYS}. */
    private static Optional<String> wholeDaysOrEmpty(String value) {
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            int days = Integer.parseInt(value);
            if (days >= 1 && days <= MAX_RETENTION_DAYS) {
                return Optional.empty();
            }
        } catch (NumberFormatException notANumber) {
            // refused below
        }
        return Optional.of(RETENTION_REFUSAL);
    }

    /** AnythingLLM's {@code isNotEmpty}. */
    private static Optional<String> valueNotEmpty(String value) {
        return value.isEmpty() ? Optional.of("Value cannot be empty") : Optional.empty();
    }

    private static Check notEmpty(String what) {
        return value -> value.isBlank() ? Optional.of(what + " cannot be empty") : Optional.empty();
    }
}
