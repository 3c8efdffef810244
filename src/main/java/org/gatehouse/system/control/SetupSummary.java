package org.gatehouse.system.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.gatehouse.platform.config.EnvVar;
import org.gatehouse.settings.control.Configuration;
import org.gatehouse.settings.control.SystemSettings;

/**
 * What {@code GET /api/setup-complete} reports (contract 6.6). Secrets are only ever reported as
 * booleans. Gatehouse runs no language models, so AnythingLLM's provider keys are absent, except the
 * provider choices an administrator stored through update-env (null while unset; the OpenAI key only as a
 * boolean); {@code StorageDir} is withheld (docs/compatibility.md).
 */
@ApplicationScoped
public class SetupSummary {

    @Inject
    Configuration configuration;

    @Inject
    SystemSettings settings;

    /** The instance's setup; the provider choices are null while unset. */
    public record Setup(String llmProvider, boolean openAiKey, String openAiModelPref, String embeddingEngine,
                        String embeddingModelPref, String vectorDb, boolean requiresAuth, boolean jwtSecret,
                        boolean multiUserMode, String disableTelemetry, boolean disableViewChatHistory,
                        boolean workspaceDeletionProtection, boolean simpleSsoEnabled, boolean simpleSsoNoLogin,
                        String simpleSsoNoLoginRedirect, boolean memoryEnabled, boolean memoryAutoExtraction) {
    }

    /** The setup as the login page may know it before anyone signs in. */
    public Setup current() {
        return new Setup(
                configuration.nonEmpty(EnvVar.LLM_PROVIDER).orElse(null),
                configuration.nonEmpty(EnvVar.OPEN_AI_KEY).isPresent(),
                configuration.nonEmpty(EnvVar.OPEN_MODEL_PREF).orElse(null),
                configuration.nonEmpty(EnvVar.EMBEDDING_ENGINE).orElse(null),
                configuration.nonEmpty(EnvVar.EMBEDDING_MODEL_PREF).orElse(null),
                configuration.nonEmpty(EnvVar.VECTOR_DB).orElse(null),
                configuration.authToken().isPresent(),
                configuration.jwtSecret().isPresent(),
                settings.isMultiUserMode(),
                configuration.disableTelemetry(),
                configuration.chatHistoryViewDisabled(),
                configuration.workspaceDeletionProtected(),
                configuration.simpleSsoEnabled(),
                configuration.simpleSsoNoLogin(),
                configuration.simpleSsoNoLoginRedirect().orElse(null),
                "true".equals(settings.value(SystemSettings.MEMORY_ENABLED).orElse("false")),
                "true".equals(settings.value(SystemSettings.MEMORY_AUTO_EXTRACTION).orElse("true")));
    }
}
