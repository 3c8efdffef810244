package org.gatehouse.system.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import org.gatehouse.platform.json.WireObject;
import org.gatehouse.settings.control.Configuration;
import org.gatehouse.settings.control.SystemSettings;

/**
 * The {@code results} object of {@code GET /api/setup-complete} (contract 6.6). Secrets are only ever
 * reported as booleans. Gatehouse runs no language models, so AnythingLLM's provider keys are absent,
 * which the web client tolerates; {@code StorageDir} is withheld (docs/compatibility.md).
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
