package org.gatehouse.developer.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.gatehouse.testing.DeployedRoutes;
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

    /** Every route under {@code /api/v1}, found in the compiled classes. */
    private static Set<String> routesInTheWar() {
        Set<String> routes = new TreeSet<>();
        for (DeployedRoutes.Route route : DeployedRoutes.all()) {
            if (route.path().startsWith("/api/v1/")) {
                routes.add(route.verb() + " " + route.path().substring("/api".length()));
            }
        }
        assertTrue(routes.size() > 20, "found the resources: " + routes);
        return routes;
    }
}
