package org.gatehouse.settings;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.Base64;
import org.gatehouse.testing.TeamIT;
import org.junit.jupiter.api.Test;

/** E34-E40 and E10, E63, E64: preferences, environment settings and the logo, by role. */
class PreferencesIT extends TeamIT {

    static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    /** AnythingLLM 1.16's refusals of an unknown embedding engine and vector database, word for word. */
    static final String UNKNOWN_EMBEDDING_ENGINE = "Invalid Embedding model type. Must be one of openai, azure, gemini, localai, "
            + "native, ollama, lmstudio, cohere, voyageai, litellm, generic-openai, mistral, openrouter, lemonade.";
    static final String UNKNOWN_VECTOR_DB = "Invalid VectorDB type. Must be one of chroma, chromacloud, pinecone, lancedb, "
            + "weaviate, qdrant, milvus, zilliz, astra, pgvector.";

    @Test
    void writeThenReadWithEachLabelsRules() {
        admin.post("/api/admin/system-preferences", "{\"custom_app_name\":\"Acme\",\"support_email\":\"help@acme.test\","
                + "\"footer_data\":\"[{\\\"url\\\":\\\"https://acme.test\\\",\\\"icon\\\":\\\"Info\\\"},{\\\"url\\\":\\\"javascript:alert(1)\\\"}]\","
                + "\"meta_page_title\":\"\",\"meta_page_favicon\":\"HTTPS://Acme.test\",\"text_splitter_chunk_size\":-5,"
                + "\"default_agent_skills\":\"web-browsing, sql-agent\",\"logo_filename\":\"evil.png\",\"unknown\":\"x\"}")
                .expectStatus(200).expectJson("{\"success\":true,\"error\":null}");
        JsonObject settings = admin.get("/api/admin/system-preferences-for?labels=custom_app_name,support_email,footer_data,"
                + "meta_page_title,meta_page_favicon,text_splitter_chunk_size,default_agent_skills,max_embed_chunk_size,"
                + "feature_flags,memory_enabled,gmail_agent_config,logo_filename").expectStatus(200).json().getJsonObject("settings");
        assertEquals("Acme", settings.getString("custom_app_name"));
        assertEquals("help@acme.test", settings.getString("support_email"));
        assertEquals("[{\"url\":\"https://acme.test\",\"icon\":\"Info\"}]", settings.getString("footer_data"));
        assertTrue(settings.isNull("meta_page_title"));
        assertEquals("https://acme.test/", settings.getString("meta_page_favicon"));
        assertEquals("1000", settings.getString("text_splitter_chunk_size"));
        assertEquals("[\"web-browsing\",\"sql-agent\"]", settings.getJsonArray("default_agent_skills").toString());
        assertEquals(1000, settings.getInt("max_embed_chunk_size"));
        assertEquals("{\"experimental_live_file_sync\":false}", settings.getJsonObject("feature_flags").toString());
        assertEquals("false", settings.getString("memory_enabled"));
        assertFalse(settings.containsKey("gmail_agent_config"), "public but never emitted");
        assertFalse(settings.containsKey("logo_filename"), "not public");
        api.get("/api/system/is-default-logo").expectJson("{\"isDefaultLogo\":true}");
        admin.get("/api/admin/system-preferences?labels=custom_app_name").expectJson("{\"settings\":{\"custom_app_name\":\"Acme\"}}");
        member.get("/api/system/footer-data").expectStatus(200)
                .expectJson("{\"footerData\":\"[{\\\"url\\\":\\\"https://acme.test\\\",\\\"icon\\\":\\\"Info\\\"}]\"}");
        member.get("/api/system/support-email").expectJson("{\"supportEmail\":\"help@acme.test\"}");
    }

    @Test
    void managersReadAndWriteOnlyTheirFiveLabels() {
        manager.post("/api/admin/system-preferences", "{\"custom_app_name\":\"Mia's\",\"text_splitter_chunk_size\":500}")
                .expectJson("{\"success\":true,\"error\":null}");
        JsonObject seen = manager.get("/api/admin/system-preferences-for?labels=custom_app_name,text_splitter_chunk_size")
                .json().getJsonObject("settings");
        assertEquals("{\"custom_app_name\":\"Mia's\"}", seen.toString());
        JsonObject all = admin.get("/api/admin/system-preferences-for?labels=text_splitter_chunk_size").json().getJsonObject("settings");
        assertEquals("{\"text_splitter_chunk_size\":1000}", all.toString(), "the manager's write of another label was dropped");
        member.get("/api/admin/system-preferences-for?labels=custom_app_name").expectStatus(401).expectText("Unauthorized");
    }

    @Test
    void unsetTextSplitterLabelsReadAsAnythingLlmAnswersThem() {
        admin.get("/api/admin/system-preferences-for?labels=text_splitter_chunk_size,text_splitter_chunk_overlap,max_embed_chunk_size")
                .expectStatus(200)
                .expectJson("{\"settings\":{\"text_splitter_chunk_size\":1000,\"text_splitter_chunk_overlap\":null,"
                        + "\"max_embed_chunk_size\":1000}}");
        admin.post("/api/admin/system-preferences", "{\"text_splitter_chunk_size\":\"x\",\"text_splitter_chunk_overlap\":-1}")
                .expectJson("{\"success\":true,\"error\":null}");
        admin.get("/api/admin/system-preferences-for?labels=text_splitter_chunk_size,text_splitter_chunk_overlap")
                .expectJson("{\"settings\":{\"text_splitter_chunk_size\":\"1000\",\"text_splitter_chunk_overlap\":\"20\"}}");
    }

    @Test
    void updateEnvRefusesUnknownEnginesAndDatabasesInAnythingLlmsWords() {
        admin.post("/api/system/update-env", "{\"EmbeddingEngine\":\"nosuchengine\"}").expectStatus(200)
                .expectJson("{\"newValues\":{},\"error\":\"" + UNKNOWN_EMBEDDING_ENGINE + "\"}");
        admin.post("/api/system/update-env", "{\"VectorDB\":\"nosuchdb\"}").expectStatus(200)
                .expectJson("{\"newValues\":{},\"error\":\"" + UNKNOWN_VECTOR_DB + "\"}");
        admin.post("/api/system/update-env", "{\"VectorDB\":\"\"}").expectStatus(200)
                .expectJson("{\"newValues\":{},\"error\":\"Value cannot be empty\\n" + UNKNOWN_VECTOR_DB + "\"}");
        admin.post("/api/system/update-env", "{\"EmbeddingEngine\":\"lemonade\",\"VectorDB\":\"chromacloud\"}")
                .expectJson("{\"newValues\":{\"EmbeddingEngine\":\"lemonade\",\"VectorDB\":\"chromacloud\"},\"error\":false}");
        assertEquals(1, controls.events("update_vector_db").size(), "only the applied change is logged");
        assertEquals(1, controls.events("update_embedding_engine").size(), "only the applied change is logged");
    }

    @Test
    void defaultSystemPrompt() {
        JsonObject prompt = member.get("/api/system/default-system-prompt").expectStatus(200).json();
        assertEquals(prompt.getString("saneDefaultSystemPrompt"), prompt.getString("defaultSystemPrompt"));
        manager.post("/api/system/default-system-prompt", "{\"defaultSystemPrompt\":\"x\"}").expectStatus(401);
        admin.post("/api/system/default-system-prompt", "{\"defaultSystemPrompt\":\"  Be brief.  \"}")
                .expectJson("{\"success\":true,\"message\":\"Default system prompt updated successfully.\"}");
        assertEquals("Be brief.", member.get("/api/system/default-system-prompt").json().getString("defaultSystemPrompt"));
        JsonObject workspace = admin.post("/api/admin/workspaces/new", "{\"name\":\"New\"}").json().getJsonObject("workspace");
        assertEquals("Be brief.", workspace.getString("openAiPrompt"), "new workspaces start with it");
    }

    @Test
    void updateEnvStoresProviderChoicesAndRefusesSecrets() {
        admin.post("/api/system/update-env", "{\"LLMProvider\":\"openai\",\"OpenAiKey\":\"sk-secret\",\"Unknown\":\"x\",\"VectorDB\":\"******\"}")
                .expectStatus(200).expectJson("{\"newValues\":{\"LLMProvider\":\"openai\",\"OpenAiKey\":\"sk-secret\"},\"error\":false}");
        JsonObject results = api.get("/api/setup-complete").json().getJsonObject("results");
        assertEquals("openai", results.getString("LLMProvider"));
        assertEquals(true, results.getBoolean("OpenAiKey"));
        assertFalse(api.get("/api/setup-complete").text().contains("sk-secret"));
        assertEquals(1, controls.events("update_llm_provider").size());

        admin.post("/api/system/update-env", "{\"EmbeddingEngine\":\"native\",\"VectorDB\":\"nosuchdb\",\"LLMProvider\":\"ollama\"}")
                .expectJson("{\"newValues\":{\"EmbeddingEngine\":\"native\"},\"error\":\"" + UNKNOWN_VECTOR_DB + "\"}");
        admin.post("/api/system/update-env", "{\"AuthToken\":\"x\"}").expectJson("{\"newValues\":{},\"error\":\"Cannot set this setting.\"}");
        admin.post("/api/system/update-env", "{\"JWTSecret\":\"x\"}").expectJson("{\"newValues\":{},\"error\":\"Cannot set this setting.\"}");
        manager.post("/api/system/update-env", "{\"LLMProvider\":\"openai\"}").expectStatus(401).expectText("Unauthorized");
        assertFalse(controls.events().toString().contains("sk-secret"));
    }

    @Test
    void logoUploadServeAndRemove() {
        api.get("/api/system/logo").expectStatus(204).expectHeader("X-Is-Custom-Logo", "false");
        member.postFile("/api/system/upload-logo", "logo", "acme.png", "image/png", PNG).expectStatus(401);
        manager.postFile("/api/system/upload-logo", "logo", "anything-llm.png", "image/png", PNG).expectStatus(400)
                .expectJson("{\"message\":\"Invalid file name. Please choose a different file.\"}");
        manager.postFile("/api/system/upload-logo", "file", "acme.png", "image/png", PNG).expectStatus(400)
                .expectJson("{\"message\":\"No logo file provided.\"}");
        manager.postFile("/api/system/upload-logo", "logo", "acme.png", "image/png", "<svg/>".getBytes()).expectStatus(400);
        manager.postFile("/api/system/upload-logo", "logo", "acme.png", "image/png", PNG).expectStatus(200)
                .expectJson("{\"message\":\"Logo uploaded successfully.\"}");
        var logo = api.get("/api/system/logo?theme=dark").expectStatus(200).expectHeader("X-Is-Custom-Logo", "true")
                .expectHeader("Content-Type", "image/png");
        assertArrayEquals(PNG, logo.bytes());
        api.get("/api/system/is-default-logo").expectJson("{\"isDefaultLogo\":false}");
        admin.get("/api/system/remove-logo").expectStatus(200).expectJson("{\"message\":\"Logo removed successfully.\"}");
        api.get("/api/system/logo").expectStatus(204);
        api.get("/api/system/is-default-logo").expectJson("{\"isDefaultLogo\":true}");
    }

    @Test
    void singleUserModeMayDoEverythingFlex() {
        controls.reset();
        api.post("/api/admin/system-preferences", "{\"custom_app_name\":\"Solo\"}").expectStatus(200);
        api.get("/api/system/custom-app-name").expectJson("{\"customAppName\":\"Solo\"}");
        api.post("/api/system/update-env", "{\"VectorDB\":\"lancedb\"}").expectJson("{\"newValues\":{\"VectorDB\":\"lancedb\"},\"error\":false}");
    }
}
