package org.gatehouse.apikeys.boundary;

import jakarta.ws.rs.Path;
import org.gatehouse.auth.boundary.StrictRoles;
import org.gatehouse.auth.boundary.ValidatedRequest;
import org.gatehouse.users.entity.Role;

/** E44: every key with its creator, for admins in multi-user mode. */
@Path("admin/api-keys")
@ValidatedRequest
@StrictRoles(Role.ADMIN)
public class AdminApiKeysResource extends ApiKeysListing {
}
