package org.gatehouse.developer.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The OpenAPI document lists exactly the /api/v1 routes the WAR's resources declare: it cannot drift. */
class OpenApiDocumentTest {

    @Test
    void documentedOperationsAreExactlyTheDeployedV1Routes() throws Exception {
        assertEquals(routesInTheWar(), operationsInTheDocument());
    }

    private static Set<String> operationsInTheDocument() throws IOException {
        try (InputStream in = ApiDocsResource.class.getResourceAsStream(ApiDocsResource.DOCUMENT)) {
            JsonObject paths = Json.createReader(in).readObject().getJsonObject("paths");
            Set<String> operations = new TreeSet<>();
            paths.forEach((path, ops) -> ops.asJsonObject().keySet()
                    .forEach(method -> operations.add(method.toUpperCase(Locale.ROOT) + " " + path)));
            return operations;
        }
    }

    /** Every resource method under a class path starting with {@code v1}, found in the compiled classes. */
    private static Set<String> routesInTheWar() throws IOException, URISyntaxException, ClassNotFoundException {
        java.nio.file.Path classes = Paths.get(ApiDocsResource.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Set<String> routes = new TreeSet<>();
        List<String> names;
        try (Stream<java.nio.file.Path> files = Files.walk(classes.resolve("org/gatehouse"))) {
            names = files.map(file -> classes.relativize(file).toString())
                    .filter(name -> name.endsWith(".class") && !name.contains("$"))
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.')).toList();
        }
        for (String name : names) {
            Class<?> type = Class.forName(name, false, OpenApiDocumentTest.class.getClassLoader());
            Path root = type.getAnnotation(Path.class);
            if (root == null || !root.value().startsWith("v1")) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                String verb = httpMethod(method);
                if (verb != null) {
                    Path sub = method.getAnnotation(Path.class);
                    String path = "/" + root.value() + (sub == null ? "" : "/" + sub.value());
                    routes.add(verb + " " + path.replaceAll("\\{(\\w+)\\s*:[^}]*}", "{$1}").replaceAll("/+", "/"));
                }
            }
        }
        assertTrue(routes.size() > 20, "found the resources: " + routes);
        return routes;
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod verb = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (verb != null) {
                return verb.value();
            }
        }
        return null;
    }
}
