package org.gatehouse.apikeys.boundary;

import jakarta.ws.rs.Path;
import org.gatehouse.auth.boundary.SingleUserOnly;
import org.gatehouse.auth.boundary.ValidatedRequest;

/** E41: the single-user family's key list; text 401 in multi-user mode. */
@Path("system/api-keys")
@ValidatedRequest
@SingleUserOnly
public class SystemApiKeysResource extends ApiKeysListing {
}
