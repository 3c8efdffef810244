package org.gatehouse.apikeys.boundary;

import jakarta.ws.rs.Path;
import org.gatehouse.auth.boundary.StrictRoles;
import org.gatehouse.auth.boundary.ValidatedRequest;
import org.gatehouse.users.entity.Role;

/** E45: an admin creates a key. */
@Path("admin/generate-api-key")
@ValidatedRequest
@StrictRoles(Role.ADMIN)
public class AdminGenerateApiKeyResource extends ApiKeyGeneration {
}
