package org.gatehouse.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gatehouse.testing.ApiResponse;
import org.gatehouse.testing.GatehouseIT;
import org.junit.jupiter.api.Test;

/** Contract section 1: bodies whatever their Content-Type, errors without internals, CORS. */
class WireConventionsIT extends GatehouseIT {

    // The test-support settings endpoint reads its JSON body through the same reader every endpoint uses.
    private static final String BODY = "{\"value\":\"Acme\"}";

    @Test
    void jsonBodySentAsTextPlainLikeTheWebClient() {
        api.send("PUT", "/api/__test__/settings/custom_app_name", "text/plain;charset=UTF-8", BODY).expectStatus(204);
        api.get("/api/system/custom-app-name").expectJson("{\"customAppName\":\"Acme\"}");
    }

    @Test
    void jsonBodySentAsApplicationJson() {
        api.send("PUT", "/api/__test__/settings/custom_app_name", "application/json", BODY).expectStatus(204);
        api.get("/api/system/custom-app-name").expectJson("{\"customAppName\":\"Acme\"}");
    }

    @Test
    void jsonBodySentWithoutContentType() {
        api.send("PUT", "/api/__test__/settings/custom_app_name", null, BODY).expectStatus(204);
        api.get("/api/system/custom-app-name").expectJson("{\"customAppName\":\"Acme\"}");
    }

    @Test
    void malformedBodyIsAClear400AndChangesNothing() {
        ApiResponse response = api.send("PUT", "/api/__test__/settings/custom_app_name", "text/plain;charset=UTF-8",
                "{\"value\":\"hunter2\"").expectStatus(400);
        response.expectJson("{\"success\":false,\"error\":\"The request body is not a valid JSON object.\"}");
        assertFalse(response.text().contains("hunter2"));
        api.get("/api/system/custom-app-name").expectJson("{\"customAppName\":null}");
    }

    @Test
    void unknownPathsAnswerTextNotFound() {
        api.get("/api/no-such-endpoint").expectStatus(404).expectContentType("text/plain").expectText("Not Found");
        api.get("/api/system/no-such-endpoint").expectStatus(404).expectText("Not Found");
        api.post("/api/v1/nothing/here", "{}").expectStatus(404).expectText("Not Found");
    }

    @Test
    void wrongMethodAnswersTextMethodNotAllowed() {
        api.post("/api/ping", "{}").expectStatus(405).expectText("Method Not Allowed");
    }

    @Test
    void unexpectedErrorsAreJson500WithoutInternalDetail() {
        ApiResponse response = api.get("/api/__test__/failure").expectStatus(500).expectContentType("application/json");
        String error = response.json().getString("error");
        assertTrue(error.startsWith("An unexpected error occurred. Reference: "), error);
        assertFalse(response.text().contains("hunter2"));
        assertFalse(response.text().contains("derby"));
        assertFalse(response.text().contains("Exception"));
        assertFalse(response.text().contains("at org."), "no stack trace");
    }

    @Test
    void corsReflectsTheOriginOnEveryResponse() {
        api.withHeader("Origin", "https://chat.example.com").get("/api/ping")
                .expectStatus(200)
                .expectHeader("Access-Control-Allow-Origin", "https://chat.example.com")
                .expectHeader("Vary", "Origin")
                .expectNoHeader("Access-Control-Allow-Credentials");
        api.withHeader("Origin", "https://chat.example.com").get("/api/no-such-endpoint")
                .expectStatus(404)
                .expectHeader("Access-Control-Allow-Origin", "https://chat.example.com");
    }

    @Test
    void noOriginNoAllowOriginButStillVary() {
        api.get("/api/ping").expectNoHeader("Access-Control-Allow-Origin").expectHeader("Vary", "Origin");
    }

    @Test
    void preflightIsAnsweredWith204() {
        ApiResponse response = api.withHeader("Origin", "chrome-extension://abc")
                .withHeader("Access-Control-Request-Method", "POST")
                .withHeader("Access-Control-Request-Headers", "authorization,content-type")
                .send("OPTIONS", "/api/system/multi-user-mode", null, null)
                .expectStatus(204)
                .expectHeader("Access-Control-Allow-Origin", "chrome-extension://abc")
                .expectHeader("Access-Control-Allow-Methods", "GET,HEAD,PUT,PATCH,POST,DELETE")
                .expectHeader("Access-Control-Allow-Headers", "authorization,content-type");
        assertEquals("", response.text());
    }
}
