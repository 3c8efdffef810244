package org.gatehouse.workspaces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.gatehouse.testing.ApiClient;
import org.gatehouse.testing.TeamIT;
import org.junit.jupiter.api.Test;

/** E29-E33 and E111-E114: workspaces, their members, visibility (4.5) and deletion (2.3). */
class WorkspacesIT extends TeamIT {

    private JsonObject create(ApiClient client, String name) {
        return client.post("/api/admin/workspaces/new", "{\"name\":\"" + name + "\"}").expectStatus(200).json()
                .getJsonObject("workspace");
    }

    @Test
    void createMakesSlugsAndAddsTheCreator() {
        JsonObject team = create(admin, "C++ Team!");
        assertEquals("cplusplus-teambang", team.getString("slug"));
        assertEquals("automatic", team.getString("chatMode"));
        assertEquals(20, team.getInt("openAiHistory"));
        assertTrue(team.getString("openAiPrompt").startsWith("Given the following conversation"));
        JsonObject again = create(admin, "C++ Team!");
        assertTrue(again.getString("slug").matches("cplusplus-teambang-\\d{8}"), again.getString("slug"));
        admin.post("/api/admin/workspaces/new", "{\"name\":\"\"}").expectJson("{\"workspace\":null,\"error\":\"name cannot be null\"}");

        JsonObject listed = admin.get("/api/admin/workspaces").json().getJsonArray("workspaces").getJsonObject(0);
        assertEquals(1, listed.getJsonArray("userIds").size(), "the creator is a member");
        assertEquals("{\"workspaceName\":\"C++ Team!\"}",
                controls.events("workspace_created").get(0).getJsonObject("metadata").toString(), "logged on the admin path too");
    }

    @Test
    void aTakenSlugOfTheLongestNameStillFits() {
        String name = "x".repeat(300);
        JsonObject first = create(admin, name);
        JsonObject second = create(admin, name);
        assertEquals("x".repeat(255), first.getString("name"), "the name is cut to 255");
        assertEquals("x".repeat(255), first.getString("slug"));
        assertTrue(second.getString("slug").matches("x{246}-\\d{8}"), second.getString("slug"));
        String spelled = create(admin, "@".repeat(200)).getString("slug");
        assertEquals(255, spelled.length(), "a slug spelled out beyond its name's length is cut: " + spelled);
    }

    @Test
    void membersAreReplacedAtOnceAndUnknownUsersChangeNothing() {
        int id = create(admin, "Alpha").getInt("id");
        admin.post("/api/admin/workspaces/" + id + "/update-users", "{\"userIds\":[" + memberId + "," + managerId + "]}")
                .expectStatus(200).expectJson("{\"success\":true,\"error\":null}");
        List<JsonObject> users = admin.get("/api/admin/workspaces/" + id + "/users").json().getJsonArray("users")
                .getValuesAs(JsonObject.class);
        assertEquals(List.of("dan", "mia"), users.stream().map(u -> u.getString("username")).toList());
        assertEquals("default", users.get(0).getString("role"));

        admin.post("/api/admin/workspaces/" + id + "/update-users", "{\"userIds\":[" + memberId + ",4242]}")
                .expectJson("{\"success\":false,\"error\":\"Unknown user id: 4242\"}");
        assertEquals(2, admin.get("/api/admin/workspaces/" + id + "/users").json().getJsonArray("users").size(),
                "nothing changed");
        admin.post("/api/admin/workspaces/" + id + "/update-users", "{}").expectJson("{\"success\":true,\"error\":null}");
        assertEquals(0, admin.get("/api/admin/workspaces/" + id + "/users").json().getJsonArray("users").size());
    }

    @Test
    void defaultUsersSeeOnlyTheirWorkspaces() {
        int alpha = create(admin, "Alpha").getInt("id");
        create(admin, "Beta");
        admin.post("/api/admin/workspaces/" + alpha + "/update-users", "{\"userIds\":[" + memberId + "]}");
        assertEquals(List.of("alpha"), slugs(member.get("/api/workspaces").json()));
        assertEquals(List.of("alpha", "beta"), slugs(manager.get("/api/workspaces").json()));
        member.get("/api/workspace/beta").expectStatus(200).expectJson("{\"workspace\":null}");
        JsonObject opened = member.get("/api/workspace/alpha").json().getJsonObject("workspace");
        assertEquals("alpha", opened.getString("slug"));
        assertEquals(0, opened.getJsonArray("documents").size());
        member.get("/api/admin/workspaces").expectStatus(401).expectText("Unauthorized");
    }

    @Test
    void theWebClientsCreateAndDeletePathsLogEvents() {
        JsonObject created = manager.post("/api/workspace/new", "{\"name\":\"Ops\"}").expectStatus(200).json();
        assertTrue(created.isNull("message"));
        member.post("/api/workspace/new", "{\"name\":\"Nope\"}").expectStatus(401).expectText("Unauthorized");
        member.delete("/api/workspace/ops").expectStatus(401);
        manager.delete("/api/workspace/ops").expectStatus(200).expectText("OK");
        manager.delete("/api/workspace/ops").expectStatus(400).expectText("Bad Request");
        assertEquals("{\"workspaceName\":\"Ops\"}", controls.events("workspace_deleted").get(0).getJsonObject("metadata").toString());
    }

    @Test
    void deletingAWorkspaceRemovesItsWholeContent() {
        int id = create(admin, "Alpha").getInt("id");
        int keep = create(admin, "Beta").getInt("id");
        admin.post("/api/admin/workspaces/" + id + "/update-users", "{\"userIds\":[" + memberId + "]}");
        controls.addContent(id, memberId);
        controls.addContent(keep, null);
        admin.delete("/api/admin/workspaces/" + id).expectStatus(200).expectJson("{\"success\":true,\"error\":null}");
        JsonObject counts = controls.counts();
        assertEquals(1, counts.getInt("workspaces"));
        assertEquals(1, counts.getInt("workspace_chats"), "only Beta's chat");
        assertEquals(1, counts.getInt("workspace_documents"));
        assertEquals(1, counts.getInt("document_vectors"));
        assertEquals(1, counts.getInt("workspace_threads"));
        assertEquals(1, counts.getInt("workspace_users"), "Beta's creator");
        assertEquals(3, counts.getInt("users"));
        admin.delete("/api/admin/workspaces/" + id).expectStatus(404).expectText("Not Found");
    }

    @Test
    void deletingAUserRemovesItsRowsAndKeepsWhatTheContractKeeps() {
        int id = create(admin, "Alpha").getInt("id");
        admin.post("/api/admin/workspaces/" + id + "/update-users", "{\"userIds\":[" + memberId + "]}");
        controls.addContent(id, memberId);
        admin.post("/api/admin/invite/new", "{}");
        int before = controls.counts().getInt("event_logs");
        admin.delete("/api/admin/user/" + memberId).expectJson("{\"success\":true,\"error\":null}");
        JsonObject counts = controls.counts();
        assertEquals(0, counts.getInt("workspace_users"));
        assertEquals(0, counts.getInt("workspace_chats"));
        assertEquals(0, counts.getInt("workspace_threads"));
        assertEquals(0, counts.getInt("browser_extension_api_keys"));
        assertEquals(0, counts.getInt("temporary_auth_tokens"));
        assertEquals(8, counts.getInt("recovery_codes"), "only the admin's and mia's codes remain");
        assertEquals(1, counts.getInt("workspace_documents"), "documents belong to the workspace");
        assertEquals(1, counts.getInt("invites"));
        assertEquals(before + 1, counts.getInt("event_logs"), "events stay, plus user_deleted");
    }

    @Test
    void deletingAWorkspaceRemovesItsLocalVectorStoreFolderOnly() throws java.io.IOException {
        create(admin, "Alpha");
        java.nio.file.Path lancedb = java.nio.file.Path.of(System.getProperty("gatehouse.itStorage", "target/it-storage"),
                "shared", "lancedb");
        java.nio.file.Path alpha = java.nio.file.Files.createDirectories(lancedb.resolve("alpha.lance").resolve("data"));
        java.nio.file.Files.writeString(alpha.resolve("vectors.bin"), "x");
        java.nio.file.Path other = java.nio.file.Files.createDirectories(lancedb.resolve("beta.lance"));
        admin.delete("/api/workspace/alpha").expectStatus(200);
        assertTrue(java.nio.file.Files.notExists(lancedb.resolve("alpha.lance")), "the namespace went with the workspace");
        assertTrue(java.nio.file.Files.exists(other), "nothing else was touched");
    }

    @Test
    void deletionProtectionBlocksBothPaths() {
        int id = create(admin, "Alpha").getInt("id");
        controls.setEnv("WORKSPACE_DELETION_PROTECTION", "false");
        String blocked = "{\"success\":false,\"error\":\"Workspace deletion is blocked by the system administrator.\"}";
        admin.delete("/api/admin/workspaces/" + id).expectStatus(403).expectJson(blocked);
        admin.delete("/api/workspace/alpha").expectStatus(403).expectJson(blocked);
        assertEquals(1, controls.counts().getInt("workspaces"));
    }

    @Test
    void singleUserModeSeesEverythingButAdminEndpointsAreClosed() {
        controls.reset();
        api.post("/api/workspace/new", "{\"name\":\"Solo\"}").expectStatus(200);
        assertEquals(List.of("solo"), slugs(api.get("/api/workspaces").json()));
        api.get("/api/admin/workspaces").expectStatus(401).expectText("Unauthorized");
    }

    private static List<String> slugs(JsonObject body) {
        return body.getJsonArray("workspaces").getValuesAs(JsonObject.class).stream().map(w -> w.getString("slug")).toList();
    }
}
