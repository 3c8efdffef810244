package org.gatehouse.developer.boundary;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.gatehouse.platform.rest.ErrorMapper;

/**
 * E101, {@code GET /api/v1/system/env-dump}, no authentication: AnythingLLM rewrites its {@code .env} file
 * here; Gatehouse keeps run-time configuration in the database, so there is nothing to write (text 200).
 */
@Path("v1/system/env-dump")
public class V1EnvDumpResource {

    @GET
    public Response dump() {
        return ErrorMapper.statusText(200);
    }
}
