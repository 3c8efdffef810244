package org.gatehouse.system.boundary;

import jakarta.json.JsonObject;
import org.gatehouse.platform.json.WireObject;
import org.gatehouse.system.control.SetupSummary;

/** The setup summary on the wire: {@code results} of E6 and {@code settings} of E102. */
public final class SetupJson {

    private SetupJson() {
    }

    /** Contract 6.6's keys in its order; unset provider choices are absent, as undefined is in AnythingLLM. */
    public static JsonObject results(SetupSummary.Setup setup) {
        return WireObject.create()
                .putIfDefined("LLMProvider", setup.llmProvider())
                .put("OpenAiKey", setup.openAiKey())
                .putIfDefined("OpenAiModelPref", setup.openAiModelPref())
                .putIfDefined("EmbeddingEngine", setup.embeddingEngine())
                .putIfDefined("EmbeddingModelPref", setup.embeddingModelPref())
                .putIfDefined("VectorDB", setup.vectorDb())
                .put("RequiresAuth", setup.requiresAuth())
                .put("AuthToken", setup.requiresAuth())
                .put("JWTSecret", setup.jwtSecret())
                .put("MultiUserMode", setup.multiUserMode())
                .put("DisableTelemetry", setup.disableTelemetry())
                .put("DisableViewChatHistory", setup.disableViewChatHistory())
                .put("WorkspaceDeletionProtection", setup.workspaceDeletionProtection())
                .put("SimpleSSOEnabled", setup.simpleSsoEnabled())
                .put("SimpleSSONoLogin", setup.simpleSsoNoLogin())
                .put("SimpleSSONoLoginRedirect", setup.simpleSsoNoLoginRedirect())
                .put("MemoryEnabled", setup.memoryEnabled())
                .put("MemoryAutoExtraction", setup.memoryAutoExtraction())
                .build();
    }
}
