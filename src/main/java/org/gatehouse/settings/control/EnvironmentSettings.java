package org.gatehouse.settings.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
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

    static final Set<String> LLM_PROVIDERS = Set.of("openai", "azure", "anthropic", "gemini", "lmstudio", "localai",
            "ollama", "togetherai", "fireworksai", "mistral", "huggingface", "perplexity", "openrouter", "groq",
            "koboldcpp", "textgenwebui", "cohere", "litellm", "generic-openai", "bedrock", "deepseek", "apipie", "xai",
            "novita", "nvidia-nim", "ppio", "dpais", "moonshotai", "native");
    static final Set<String> EMBEDDING_ENGINES = Set.of("native", "openai", "azure", "localai", "ollama", "lmstudio",
            "cohere", "voyageai", "litellm", "generic-openai", "mistral", "gemini");
    static final Set<String> VECTOR_DBS = Set.of("lancedb", "chroma", "pinecone", "weaviate", "qdrant", "milvus",
            "zilliz", "astra", "pgvector");

    /** One KEY_MAPPING entry: the variable, its check (an error or empty), and the event its change logs. */
    record Key(EnvVar variable, Function<String, Optional<String>> check, String event) {
    }

    static final Map<String, Key> KEY_MAPPING = keyMapping();

    @Inject
    EnvironmentOverlay overlay;

    @Inject
    EventLogService events;

    @Inject
    org.gatehouse.telemetry.control.Telemetry telemetry;

    /** The applied values and the error that stopped processing (empty: all applied). */
    public record Result(JsonObject newValues, Optional<String> error) {
    }

    @Transactional
    public Result update(JsonObject body, Integer actorId) {
        JsonObjectBuilder applied = Json.createObjectBuilder();
        for (Map.Entry<String, JsonValue> entry : body.entrySet()) {
            Key key = KEY_MAPPING.get(entry.getKey());
            if (key == null && !entry.getKey().equals("AuthToken") && !entry.getKey().equals("JWTSecret")) {
                continue; // unknown keys are skipped, as in AnythingLLM
            }
            if (!(entry.getValue() instanceof JsonString text)) {
                return new Result(applied.build(), Optional.of(entry.getKey() + " must be a string."));
            }
            if (text.getString().contains("******")) {
                continue; // a masked secret echoed back by the client: keep the stored one
            }
            if (key == null) {
                return new Result(applied.build(), Optional.of(CANNOT_SET));
            }
            Optional<String> problem = key.check().apply(text.getString());
            if (problem.isPresent()) {
                return new Result(applied.build(), problem);
            }
            if (key.variable() == EnvVar.DISABLE_TELEMETRY && "true".equals(text.getString())) {
                // The last event before the switch, as AnythingLLM sends it.
                telemetry.send(org.gatehouse.telemetry.control.Telemetry.TELEMETRY_DISABLED, JsonValue.EMPTY_JSON_OBJECT);
            }
            overlay.put(key.variable().name(), text.getString());
            applied.add(entry.getKey(), text.getString());
            if (key.event() != null) {
                events.record(key.event(), JsonValue.EMPTY_JSON_OBJECT, actorId);
            }
        }
        return new Result(applied.build(), Optional.empty());
    }

    private static Map<String, Key> keyMapping() {
        Map<String, Key> mapping = new LinkedHashMap<>();
        mapping.put("LLMProvider", new Key(EnvVar.LLM_PROVIDER, oneOf(LLM_PROVIDERS, "LLM provider"), AuditEvent.UPDATE_LLM_PROVIDER));
        mapping.put("OpenAiKey", new Key(EnvVar.OPEN_AI_KEY, notEmpty("OpenAI Key"), null));
        mapping.put("OpenAiModelPref", new Key(EnvVar.OPEN_MODEL_PREF, value -> Optional.empty(), null));
        mapping.put("EmbeddingEngine", new Key(EnvVar.EMBEDDING_ENGINE, oneOf(EMBEDDING_ENGINES, "embedding engine"),
                AuditEvent.UPDATE_EMBEDDING_ENGINE));
        mapping.put("EmbeddingModelPref", new Key(EnvVar.EMBEDDING_MODEL_PREF, value -> Optional.empty(), null));
        mapping.put("VectorDB", new Key(EnvVar.VECTOR_DB, oneOf(VECTOR_DBS, "vector database"), AuditEvent.UPDATE_VECTOR_DB));
        mapping.put("DisableTelemetry", new Key(EnvVar.DISABLE_TELEMETRY, value -> Optional.empty(), null));
        return Map.copyOf(mapping);
    }

    private static Function<String, Optional<String>> oneOf(Set<String> allowed, String what) {
        return value -> allowed.contains(value) ? Optional.empty() : Optional.of(value + " is not a valid " + what + ".");
    }

    private static Function<String, Optional<String>> notEmpty(String what) {
        return value -> value.isBlank() ? Optional.of(what + " cannot be empty") : Optional.empty();
    }
}
