package org.gatehouse.settings.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** E40's refusals worded as AnythingLLM 1.16's updateENV words them (its web client shows them as a toast). */
class EnvironmentSettingsTest {

    private static Optional<String> refusal(String key, String value) {
        return EnvironmentSettings.refusal(EnvironmentSettings.KEY_MAPPING.get(key), value);
    }

    @Test
    void switchingTelemetryIsLoggedWithItsValueAndNoSecretValueIsEverLogged() {
        EnvironmentSettings.Key telemetry = EnvironmentSettings.KEY_MAPPING.get("DisableTelemetry");
        assertEquals(org.gatehouse.events.control.AuditEvent.UPDATE_TELEMETRY, telemetry.event());
        assertEquals(true, telemetry.logsValue());
        EnvironmentSettings.KEY_MAPPING.values().stream().filter(key -> key.variable().isSecret())
                .forEach(key -> assertEquals(false, key.logsValue(), key.variable().name()));
        assertEquals(false, EnvironmentSettings.KEY_MAPPING.get("LLMProvider").logsValue(), "as AnythingLLM: {} only");
    }

    @Test
    void anUnknownEmbeddingEngineListsEverySupportedOne() {
        assertEquals(Optional.of("Invalid Embedding model type. Must be one of openai, azure, gemini, localai, native, ollama, "
                + "lmstudio, cohere, voyageai, litellm, generic-openai, mistral, openrouter, lemonade."),
                refusal("EmbeddingEngine", "nosuchengine"));
        assertEquals(Optional.empty(), refusal("EmbeddingEngine", "lemonade"));
    }

    @Test
    void anUnknownVectorDatabaseListsEverySupportedOne() {
        assertEquals(Optional.of("Invalid VectorDB type. Must be one of chroma, chromacloud, pinecone, lancedb, weaviate, qdrant, "
                + "milvus, zilliz, astra, pgvector."), refusal("VectorDB", "nosuchdb"));
        assertEquals(Optional.empty(), refusal("VectorDB", "pgvector"));
    }

    @Test
    void anEmptyVectorDatabaseFailsBothChecksOneALine() {
        assertEquals(Optional.of("Value cannot be empty\nInvalid VectorDB type. Must be one of chroma, chromacloud, pinecone, "
                + "lancedb, weaviate, qdrant, milvus, zilliz, astra, pgvector."), refusal("VectorDB", ""));
    }

    @Test
    void anUnknownLlmProviderKeepsItsWording() {
        assertEquals(Optional.of("nosuchllm is not a valid LLM provider."), refusal("LLMProvider", "nosuchllm"));
    }

    @Test
    void theEventLogRetentionIsEmptyOrAWholeNumberOfDays() {
        for (String accepted : new String[] {"", "1", "90", "36500"}) {
            assertEquals(Optional.empty(), refusal(EnvironmentSettings.EVENT_LOG_RETENTION_KEY, accepted), accepted);
        }
        for (String refused : new String[] {"0", "-3", "36501", "ninety", "1.5", " 9"}) {
            assertEquals(Optional.of(EnvironmentSettings.RETENTION_REFUSAL),
                    refusal(EnvironmentSettings.EVENT_LOG_RETENTION_KEY, refused), refused);
        }
    }
}
