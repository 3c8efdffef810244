package org.gatehouse.system.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import org.gatehouse.platform.config.EnvVar;
import org.gatehouse.platform.json.WireObject;
import org.gatehouse.settings.control.Configuration;
import org.gatehouse.settings.control.SystemSettings;

/**
 * The {@code results} object of {@code GET /api/setup-complete} (contract 6.6). Secrets are only ever
 * reported as booleans. Gatehouse runs no language models, so AnythingLLM's provider keys are absent,
 * except the provider choices an administrator stored through update-env (absent while unset, as in
 * AnythingLLM; the OpenAI key only as a boolean); {@code StorageDir} is withheld (docs/compatibility.md).
 */
@ApplicationScoped
public class SetupSummary {

    @Inject
    Configuration configuration;

    @Inject
    SystemSettings settings;

    public JsonObject results() {
        boolean requiresAuth = configuration.authToken().isPresent();
        return WireObject.create()
                .putIfDefined("LLMProvider", configuration.nonEmpty(EnvVar.LLM_PROVIDER).orElse(null))
                .put("OpenAiKey", configuration.nonEmpty(EnvVar.OPEN_AI_KEY).isPresent())
                .putIfDefined("OpenAiModelPref", configuration.nonEmpty(EnvVar.OPEN_MODEL_PREF).orElse(null))
                .putIfDefined("EmbeddingEngine", configuration.nonEmpty(EnvVar.EMBEDDING_ENGINE).orElse(null))
                .putIfDefined("EmbeddingModelPref", configuration.nonEmpty(EnvVar.EMBEDDING_MODEL_PREF).orElse(null))
                .putIfDefined("VectorDB", configuration.nonEmpty(EnvVar.VECTOR_DB).orElse(null))
                .put("RequiresAuth", requiresAuth)
                .put("AuthToken", requiresAuth)
                .put("JWTSecret", configuration.jwtSecret().isPresent())
                .put("MultiUserMode", settings.isMultiUserMode())
                .put("DisableTelemetry", configuration.disableTelemetry())
                .put("DisableViewChatHistory", configuration.chatHistoryViewDisabled())
                .put("WorkspaceDeletionProtection", configuration.workspaceDeletionProtected())
                .put("SimpleSSOEnabled", configuration.simpleSsoEnabled())
                .put("SimpleSSONoLogin", configuration.simpleSsoNoLogin())
                .put("SimpleSSONoLoginRedirect", configuration.simpleSsoNoLoginRedirect().orElse(null))
                .put("MemoryEnabled", "true".equals(
                        settings.value(SystemSettings.MEMORY_ENABLED).orElse("false")))
                .put("MemoryAutoExtraction", "true".equals(
                        settings.value(SystemSettings.MEMORY_AUTO_EXTRACTION).orElse("true")))
                .build();
    }
}
