package org.gatehouse.platform.rest;

import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import org.gatehouse.platform.json.Jsonp;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

/** Writes JSON-P values as compact UTF-8 JSON, the same on every server's JAX-RS runtime. */
@Provider
@Produces({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
public class JsonValueWriter implements MessageBodyWriter<JsonValue> {

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return JsonValue.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(JsonValue value, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream entity) {
        OutputStreamWriter out = new OutputStreamWriter(entity, StandardCharsets.UTF_8);
        try (JsonWriter writer = Jsonp.PROVIDER.createWriter(out)) {
            writer.write(value);
        }
    }
}
