package org.gatehouse.system.boundary;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.gatehouse.platform.rest.ErrorMapper;

/**
 * E3, {@code GET /api/env-dump}, no authentication: AnythingLLM rewrites its {@code .env} file here;
 * Gatehouse keeps run-time configuration in the database, so there is nothing to write (text 200), as
 * for its {@code /v1} twin E101.
 */
@Path("env-dump")
public class EnvDumpResource {

    @GET
    public Response dump() {
        return ErrorMapper.statusText(200);
    }
}
