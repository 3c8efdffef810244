package org.gatehouse.developer.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.gatehouse.platform.rest.ErrorMapper;
import org.gatehouse.settings.control.Configuration;

/**
 * The developer API's OpenAPI 3 document ({@code /api/docs/openapi.json}, kept in
 * {@code openapi/v1.json} beside the resources; {@code OpenApiDocumentTest} checks it lists exactly the
 * deployed {@code /api/v1} routes) and a page that lists it ({@code /api/docs}). Both are gone with
 * {@code DISABLE_SWAGGER_DOCS=true}.
 */
@Path("docs")
public class ApiDocsResource {

    static final String DOCUMENT = "/openapi/v1.json";

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>Gatehouse developer API</title>
            <style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}
            code{background:#f3f3f3;padding:0 .2rem}td{padding:.2rem .6rem;vertical-align:top}</style></head>
            <body><h1>Gatehouse developer API</h1>
            <p>Send a developer API key as <code>Authorization: Bearer &lt;key&gt;</code>.
            The OpenAPI 3 document: <a href="docs/openapi.json">openapi.json</a>.</p>
            <table id="ops"><tr><th>Method</th><th>Path</th><th>What</th></tr></table>
            <script>
            fetch('docs/openapi.json').then(r => r.json()).then(doc => {
              const table = document.getElementById('ops');
              for (const [path, ops] of Object.entries(doc.paths)) for (const [method, op] of Object.entries(ops)) {
                const row = table.insertRow();
                row.insertCell().textContent = method.toUpperCase();
                row.insertCell().textContent = '/api' + path;
                row.insertCell().textContent = op.summary;
              }
            });
            </script></body></html>
            """;

    @Inject
    Configuration configuration;

    @GET
    public Response page() {
        if (configuration.swaggerDocsDisabled()) {
            return ErrorMapper.statusText(404);
        }
        return Response.ok(PAGE, "text/html;charset=utf-8").build();
    }

    @GET
    @Path("openapi.json")
    public Response document() {
        if (configuration.swaggerDocsDisabled()) {
            return ErrorMapper.statusText(404);
        }
        try (InputStream in = ApiDocsResource.class.getResourceAsStream(DOCUMENT)) {
            return Response.ok(in.readAllBytes(), "application/json;charset=utf-8").build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
