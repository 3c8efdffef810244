package org.gatehouse.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Speaks to Gatehouse the way AnythingLLM's web client does (contract 1.2, 1.3, 7): JSON bodies sent as
 * {@code text/plain;charset=UTF-8}, {@code Authorization: Bearer <token>} or the literal {@code null}.
 * Immutable: {@code withToken} and {@code withHeader} return a new client.
 */
public final class ApiClient {

    public static final String WEB_CLIENT_CONTENT_TYPE = "text/plain;charset=UTF-8";

    // HTTP/1.1 as browsers speak to a plain-http server: the default h2c upgrade of many concurrent requests
    // gets GOAWAY from Payara Micro, which the race tests' hundreds of parallel attempts hit.
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    /**
     * A guard against a hung server, not a speed check (those are bench/ figures): generous enough for
     * the test fixtures' bulk work on two busy cores, such as seeding or clearing a million events.
     */
    private static final Duration HANG_GUARD = Duration.ofSeconds(120);

    private final URI base;
    private final Map<String, String> headers;

    public ApiClient(URL base) {
        this(URI.create(base.toString().replaceAll("/$", "")), Map.of());
    }

    private ApiClient(URI base, Map<String, String> headers) {
        this.base = base;
        this.headers = headers;
    }

    /** Sends {@code Authorization: Bearer <token>}. */
    /** The server's root, e.g. {@code http://127.0.0.1:8080}, without a trailing slash. */
    public String base() {
        return base.toString();
    }

    public ApiClient withToken(String token) {
        return withHeader("Authorization", "Bearer " + token);
    }

    public ApiClient withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new ApiClient(base, Map.copyOf(more));
    }

    public ApiResponse get(String path) {
        return send("GET", path, null, null);
    }

    public ApiResponse delete(String path) {
        return send("DELETE", path, null, null);
    }

    /** POSTs a JSON body as the web client does, as text/plain. */
    public ApiResponse post(String path, String json) {
        return send("POST", path, WEB_CLIENT_CONTENT_TYPE, json);
    }

    public ApiResponse put(String path, String json) {
        return send("PUT", path, WEB_CLIENT_CONTENT_TYPE, json);
    }

    /** A multipart/form-data upload of one file field, as a browser sends it. */
    public ApiResponse postFile(String path, String field, String filename, String contentType, byte[] content) {
        String boundary = "----GatehouseTest" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                + filename + "\"\r\nContent-Type: " + contentType + "\r\n\r\n";
        body.writeBytes(head.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(HANG_GUARD)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        headers.forEach(request::header);
        return send(request);
    }

    /** Any method, any content type (null: no Content-Type header), any body (null: none). */
    public ApiResponse send(String method, String path, String contentType, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(HANG_GUARD)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request);
    }

    private ApiResponse send(HttpRequest.Builder request) {
        try {
            return new ApiResponse(HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
