package org.gatehouse.apikeys.boundary;

import jakarta.ws.rs.Path;
import org.gatehouse.auth.boundary.SingleUserOnly;
import org.gatehouse.auth.boundary.ValidatedRequest;

/** E43: delete a key in single-user mode; text 401 in multi-user mode. */
@Path("system/api-key/{id}")
@ValidatedRequest
@SingleUserOnly
public class SystemApiKeyResource extends ApiKeyDeletion {
}
