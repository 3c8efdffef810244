package org.gatehouse.testsupport;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.gatehouse.auth.boundary.FlexRoles;
import org.gatehouse.auth.boundary.StrictRoles;
import org.gatehouse.auth.boundary.ValidatedRequest;
import org.gatehouse.users.entity.Role;

/**
 * Test deployment only: endpoints behind the role guards, so the guards are tested on their own,
 * including the mistake of a role guard without an authentication guard (which must refuse).
 */
@Path("__test__/guards")
public class GuardProbeResource {

    @GET
    @Path("flex-admin-manager")
    @ValidatedRequest
    @FlexRoles({Role.ADMIN, Role.MANAGER})
    public String flex() {
        return "passed";
    }

    @GET
    @Path("flex-without-authentication")
    @FlexRoles(Role.ADMIN)
    public String flexWithoutAuthentication() {
        return "passed";
    }

    @GET
    @Path("strict-without-authentication")
    @StrictRoles(Role.ADMIN)
    public String strictWithoutAuthentication() {
        return "passed";
    }
}
