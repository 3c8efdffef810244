package org.gatehouse.apikeys.boundary;

import jakarta.ws.rs.Path;
import org.gatehouse.auth.boundary.StrictRoles;
import org.gatehouse.auth.boundary.ValidatedRequest;
import org.gatehouse.users.entity.Role;

/** E46: an admin deletes a key. */
@Path("admin/delete-api-key/{id}")
@ValidatedRequest
@StrictRoles(Role.ADMIN)
public class AdminDeleteApiKeyResource extends ApiKeyDeletion {
}
