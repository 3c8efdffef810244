package org.gatehouse.settings.boundary;

import jakarta.ws.rs.Path;
import org.gatehouse.auth.boundary.FlexRoles;
import org.gatehouse.auth.boundary.ValidatedRequest;
import org.gatehouse.users.entity.Role;

/** E34, {@code GET /api/admin/system-preferences-for?labels=a,b}. */
@Path("admin/system-preferences-for")
@ValidatedRequest
@FlexRoles({Role.ADMIN, Role.MANAGER})
public class SystemPreferencesForResource extends SystemPreferencesReading {
}
