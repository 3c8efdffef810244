package org.gatehouse.testsupport;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.gatehouse.auth.boundary.FlexRoles;
import org.gatehouse.auth.boundary.ValidatedRequest;

/** Test deployment only: an endpoint behind {@code flex[admin,manager]}, so the guard is tested before its users land. */
@Path("__test__/flex-admin-manager")
@ValidatedRequest
@FlexRoles({"admin", "manager"})
public class GuardProbeResource {

    @GET
    public String probe() {
        return "passed";
    }
}
