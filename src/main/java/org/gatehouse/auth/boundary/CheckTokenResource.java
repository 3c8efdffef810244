package org.gatehouse.auth.boundary;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.gatehouse.platform.rest.ErrorMapper;

/** E13: text 200 when the session is valid; {@link ValidatedRequest} answers every failure. */
@Path("system/check-token")
@ValidatedRequest
public class CheckTokenResource {

    @GET
    public Response checkToken() {
        return ErrorMapper.statusText(200);
    }
}
