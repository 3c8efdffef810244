package org.gatehouse.settings.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gatehouse.events.control.AuditEvent;
import org.gatehouse.events.control.EventLogService;
import org.gatehouse.platform.config.EnvVar;

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
     * logs, and whether that event's metadata holds the new value (never for a secret).
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
        mapping.put("DisableTelemetry", new Key(EnvVar.DISABLE_TELEMETRY, List.of(), null));
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
