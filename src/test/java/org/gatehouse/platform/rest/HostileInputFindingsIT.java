package org.gatehouse.platform.rest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gatehouse.testing.ApiClient;
import org.gatehouse.testing.ApiResponse;
import org.gatehouse.testing.TeamIT;
import org.junit.jupiter.api.Test;

/** What {@link HostileInputIT} found, each case on its own: a clear 4xx, never a 5xx or an HTML page. */
class HostileInputFindingsIT extends TeamIT {

    @Test
    void aContentTypeOrAcceptThatCannotBeParsedIsABadRequestInText() {
        for (String contentType : new String[] {"garbage", "a/b/c", "text/plain; charset=\"", "multipart/form-data; boundary="}) {
            api.send("POST", "/api/request-token", contentType, "{}").expectStatus(400).expectText("Bad Request");
            admin.send("POST", "/api/admin/users/new", contentType, "{}").expectStatus(400).expectText("Bad Request");
        }
        for (String accept : new String[] {"*/*;q=abc", "text/*, application/*;q=2"}) {
            ApiResponse answer = admin.withHeader("Accept", accept).get("/api/workspaces");
            assertTrue(answer.status() < 500, () -> accept + ": " + answer.status());
            assertNoHtml(answer);
        }
    }

    @Test
    void aMethodNoServletImplementsIsNotAllowedInText() {
        for (String method : new String[] {"PATCH", "PROPFIND", "get"}) {
            ApiResponse answer = admin.send(method, "/api/admin/user/..%2F..%2F..%2Fetc%2Fpasswd/revoke-sessions", null, null);
            assertNoHtml(answer);
            assertTrue(answer.status() < 500, () -> method + ": " + answer.status() + " " + answer.text());
        }
    }

    @Test
    void anUploadWithAWildcardOrNoBoundaryIsRefusedBeforeItsBodyIsRead() {
        for (String path : new String[] {"/api/system/upload-pfp", "/api/system/upload-logo"}) {
            admin.send("POST", path, "*/*", "{}").expectStatus(415).expectText("Unsupported Media Type");
            admin.send("POST", path, "multipart/*", "{}").expectStatus(415).expectText("Unsupported Media Type");
            admin.send("POST", path, "multipart/form-data", "--x\r\n\r\n").expectStatus(400).expectText("Bad Request");
        }
        api.send("POST", "/api/system/upload-pfp", "*/*", "{}").expectStatus(401);
    }

    @Test
    void workspaceIdsLongerThanAnInviteKeepsAreRefused() {
        String ids = "[" + "1,".repeat(2500) + "1]";
        String refused = "{\"invite\":null,\"error\":\"workspaceIds is too long (at most 4000 characters of JSON).\"}";
        admin.post("/api/admin/invite/new", "{\"workspaceIds\":" + ids + "}").expectStatus(400).expectJson(refused);
        ApiClient v1 = api.withToken(admin.post("/api/admin/generate-api-key", "{}").json().getJsonObject("apiKey").getString("secret"));
        v1.post("/api/v1/admin/invite/new", "{\"workspaceIds\":" + ids + "}").expectStatus(400).expectJson(refused);
        admin.post("/api/admin/invite/new", "{\"workspaceIds\":[" + "1,".repeat(1900) + "1]}").expectStatus(200);
    }

    private static void assertNoHtml(ApiResponse answer) {
        assertFalse(answer.text().toLowerCase().contains("<html") || answer.text().toLowerCase().contains("<!doctype"),
                () -> "HTML answer " + answer.status() + ": " + answer.text());
    }
}
