package org.gatehouse.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.Optional;

/** One HTTP response, with assertions in the contract's terms. */
public final class ApiResponse {

    private final HttpResponse<byte[]> response;

    ApiResponse(HttpResponse<byte[]> response) {
        this.response = response;
    }

    /** The body's raw bytes (images). */
    public byte[] bytes() {
        return response.body();
    }

    public int status() {
        return response.statusCode();
    }

    public String text() {
        return new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
    }

    public Optional<String> header(String name) {
        return response.headers().firstValue(name);
    }

    public JsonObject json() {
        try {
            return Json.createReader(new StringReader(text())).readObject();
        } catch (JsonException e) {
            return fail("Not a JSON object (status " + status() + "): " + text());
        }
    }

    public ApiResponse expectStatus(int expected) {
        assertEquals(expected, status(), () -> "status of " + response.request().method() + " "
                + response.request().uri().getPath() + ", body: " + text());
        return this;
    }

    /** The body is exactly this JSON object (key order ignored, every key compared). */
    public ApiResponse expectJson(String expected) {
        expectContentType("application/json");
        JsonValue wanted = Json.createReader(new StringReader(expected)).readValue();
        assertEquals(wanted, json(), "JSON body");
        return this;
    }

    /** A text body, as Express's {@code sendStatus} and {@code send} write them. */
    public ApiResponse expectText(String expected) {
        assertEquals(expected, text(), "text body");
        return this;
    }

    public ApiResponse expectContentType(String mediaType) {
        String contentType = header("Content-Type").orElse("");
        assertTrue(contentType.startsWith(mediaType), "Content-Type " + contentType + ", wanted " + mediaType);
        return this;
    }

    public ApiResponse expectHeader(String name, String value) {
        assertEquals(Optional.of(value), header(name), "header " + name);
        return this;
    }

    public ApiResponse expectNoHeader(String name) {
        assertEquals(Optional.empty(), header(name), "header " + name);
        return this;
    }
}
