package org.gatehouse.developer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.gatehouse.testing.ApiClient;
import org.gatehouse.testing.GatehouseIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** E102-E110 through the developer API, in single-user mode (the /v1 surface ignores roles). */
class V1WorkspacesAndSystemIT extends GatehouseIT {

    private ApiClient v1;

    @BeforeEach
    void key() {
        v1 = api.withToken(api.post("/api/system/generate-api-key", "{}").json().getJsonObject("apiKey").getString("secret"));
    }

    @Test
    void workspacesCreateListShowDelete() {
        JsonObject created = v1.post("/api/v1/workspace/new", "{\"name\":\"Api Space\"}").expectStatus(200).json();
        assertTrue(created.isNull("message"));
        assertEquals("api-space", created.getJsonObject("workspace").getString("slug"));
        assertEquals("{\"workspaceName\":\"Api Space\"}", controls.events("api_workspace_created").get(0)
                .getJsonObject("metadata").toString());
        v1.post("/api/v1/workspace/new", "{}").expectStatus(400).expectJson("{\"workspace\":null,\"message\":\"name cannot be null\"}");

        int id = created.getJsonObject("workspace").getInt("id");
        controls.addContent(id, null);
        JsonObject listed = v1.get("/api/v1/workspaces").expectStatus(200).json().getJsonArray("workspaces").getJsonObject(0);
        assertEquals(1, listed.getJsonArray("threads").size());
        JsonArray shown = v1.get("/api/v1/workspace/api-space").json().getJsonArray("workspace");
        assertEquals(1, shown.size(), "an array, as in AnythingLLM");
        assertEquals(1, shown.getJsonObject(0).getJsonArray("documents").size());
        assertEquals("[]", v1.get("/api/v1/workspace/nothing").json().getJsonArray("workspace").toString());

        v1.delete("/api/v1/workspace/api-space").expectStatus(200).expectText("OK");
        v1.delete("/api/v1/workspace/api-space").expectStatus(400).expectText("Bad Request");
        assertEquals(1, controls.events("api_workspace_deleted").size());
        assertTrue(controls.events("api_workspace_deleted").get(0).isNull("userId"));
    }

    @Test
    void systemSettingsUpdateEnvAndExport() {
        assertEquals(false, v1.get("/api/v1/system").expectStatus(200).json().getJsonObject("settings").getBoolean("MultiUserMode"));
        v1.post("/api/v1/system/update-env", "{\"VectorDB\":\"qdrant\"}").expectStatus(200)
                .expectJson("{\"newValues\":{\"VectorDB\":\"qdrant\"},\"error\":false}");
        assertTrue(controls.events("update_vector_db").get(0).isNull("userId"));

        int id = v1.post("/api/v1/workspace/new", "{\"name\":\"Chats\"}").json().getJsonObject("workspace").getInt("id");
        controls.addContent(id, null);
        assertEquals(2, v1.get("/api/v1/system/export-chats?type=csv").expectStatus(200).expectContentType("text/csv")
                .text().lines().count());
        v1.get("/api/v1/system/export-chats?type=xml").expectStatus(400)
                .expectJson("{\"message\":\"Invalid export type: xml. Must be one of json, csv, jsonl, jsonAlpaca\"}");
        assertEquals("{\"type\":\"csv\"}", controls.events("exported_chats").get(0).getJsonObject("metadata").toString());
    }

    @Test
    void theOpenApiDocumentAndItsPage() {
        JsonObject document = api.get("/api/docs/openapi.json").expectStatus(200).expectContentType("application/json").json();
        assertEquals("3.0.3", document.getString("openapi"));
        assertTrue(document.getJsonObject("paths").containsKey("/v1/auth"));
        assertTrue(api.get("/api/docs").expectStatus(200).expectContentType("text/html").text().contains("openapi.json"));
        api.get("/api/v1/system/env-dump").expectStatus(200).expectText("OK");
        controls.setEnv("DISABLE_SWAGGER_DOCS", "true");
        api.get("/api/docs").expectStatus(404);
        api.get("/api/docs/openapi.json").expectStatus(404);
    }

    @Test
    void theVectorLayerIsNotHere() {
        v1.get("/api/v1/system/vector-count").expectStatus(501);
        v1.send("DELETE", "/api/v1/system/remove-documents", "text/plain;charset=UTF-8", "{\"names\":[]}").expectStatus(501);
        api.get("/api/v1/system/vector-count").expectStatus(403);
    }
}
