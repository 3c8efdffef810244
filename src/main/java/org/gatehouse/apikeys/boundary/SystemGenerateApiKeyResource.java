package org.gatehouse.apikeys.boundary;

import jakarta.ws.rs.Path;
import org.gatehouse.auth.boundary.SingleUserOnly;
import org.gatehouse.auth.boundary.ValidatedRequest;

/** E42: a new key in single-user mode; text 401 in multi-user mode. */
@Path("system/generate-api-key")
@ValidatedRequest
@SingleUserOnly
public class SystemGenerateApiKeyResource extends ApiKeyGeneration {
}
