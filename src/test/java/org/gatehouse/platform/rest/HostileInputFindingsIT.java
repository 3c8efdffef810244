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

    /**
     * A request whose body the container does not read (TRACE, a method nothing serves, a GET the
     * container refuses) followed on the same connection by a ping: the ping is answered as a ping or the
     * connection ends, never by an answer to the leftover body parsed as a request. No answer names the product.
     */
    @Test
    void aBodyNobodyReadsIsNeverTakenForTheNextRequest() throws Exception {
        for (String method : new String[] {"TRACE", "TRACK", "PROPFIND", "GET", "DELETE", "POST"}) {
            String answers = pipelined(method + " /api/ping HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\n"
                    + "Content-Length: 23\r\n\r\nFOO /x HTTP/1.1\r\nA: b\r\n\r\n"
                    + "GET /api/ping HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
            long statusLines = answers.lines().filter(line -> line.startsWith("HTTP/1.1 ")).count();
            assertTrue(statusLines == 1 || statusLines == 2 && answers.contains("{\"online\":true}"),
                    () -> method + " desynchronised the connection:\n" + answers);
            assertFalse(answers.contains("Payara") || answers.contains("GlassFish"), () -> method + ":\n" + answers);
            assertFalse(answers.contains("505"), () -> method + ":\n" + answers);
        }
    }

    private String pipelined(String requests) throws java.io.IOException {
        java.net.URI base = java.net.URI.create(api.base());
        try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(requests.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            java.io.ByteArrayOutputStream read = new java.io.ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = socket.getInputStream().read(buffer)) >= 0; ) {
                    read.write(buffer, 0, n);
                }
            } catch (java.net.SocketTimeoutException keptOpen) {
                // the server kept the connection after its answers: what was read is all of them
            }
            return read.toString(java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /** Seed -1879605430740613658: a key name longer than its column failed on the insert with a 500. */
    @Test
    void aKeyNameLongerThanItsColumnIsRefused() {
        String name = "\\ud800".repeat(300);
        admin.post("/api/admin/generate-api-key", "{\"name\":\"" + name + "\"}").expectStatus(400)
                .expectJson("{\"apiKey\":null,\"error\":\"name must be at most 255 characters\"}");
    }

    private static void assertNoHtml(ApiResponse answer) {
        assertFalse(answer.text().toLowerCase().contains("<html") || answer.text().toLowerCase().contains("<!doctype"),
                () -> "HTML answer " + answer.status() + ": " + answer.text());
    }
}
