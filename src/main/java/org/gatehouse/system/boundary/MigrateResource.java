package org.gatehouse.system.boundary;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.gatehouse.platform.rest.ErrorMapper;

/**
 * E2, {@code GET /api/migrate}, no authentication: a no-op in AnythingLLM too (text 200). Gatehouse's
 * schema is migrated by Flyway at start-up, before the first request.
 */
@Path("migrate")
public class MigrateResource {

    @GET
    public Response migrate() {
        return ErrorMapper.statusText(200);
    }
}
