package org.gatehouse.platform.rest;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.gatehouse.platform.json.JsonText;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

/**
 * Reads a JSON object request body whatever its Content-Type: AnythingLLM's web client sends JSON as
 * {@code text/plain} (contract 1.2). An empty body reads as {@code {}}, as Express hands it over. The
 * body's size is already bounded by {@link org.gatehouse.platform.web.RequestBodyLimitFilter}.
 */
@Provider
@Consumes(MediaType.WILDCARD)
public class JsonBodyReader implements MessageBodyReader<JsonObject> {

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == JsonObject.class;
    }

    @Override
    public JsonObject readFrom(Class<JsonObject> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                              MultivaluedMap<String, String> headers, InputStream entity) throws IOException {
        return parse(new String(entity.readAllBytes(), StandardCharsets.UTF_8));
    }

    /**
     * Parses a body; anything but exactly one JSON object within {@link JsonText}'s limits (nesting,
     * number size) is a {@link MalformedJsonException}.
     */
    public static JsonObject parse(String body) {
        if (body == null || body.isBlank()) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        return JsonText.readObject(body).orElseThrow(MalformedJsonException::new);
    }
}
