package org.gatehouse.auth;

import org.gatehouse.testing.Accounts;
import org.gatehouse.testing.GatehouseIT;
import org.gatehouse.testing.Team;
import org.junit.jupiter.api.Test;

/**
 * The flex guard of contract 4.2: open in single-user mode, role-checked (text 401) in multi-user mode;
 * and the role guards fail closed when no authentication guard admitted the request.
 */
class RoleGuardIT extends GatehouseIT {

    private static final String PROBE = "/api/__test__/guards/flex-admin-manager";

    @Test
    void flexPassesEveryoneInSingleUserMode() {
        api.get(PROBE).expectStatus(200).expectText("passed");
    }

    @Test
    void flexChecksTheRoleInMultiUserMode() {
        Team team = Team.signIn(api, controls);
        team.admin().get(PROBE).expectStatus(200);
        team.manager().get(PROBE).expectStatus(200);
        team.member().get(PROBE).expectStatus(401)
                .expectContentType("text/plain").expectText("Unauthorized");
        api.get(PROBE).expectStatus(401).expectJson("{\"error\":\"No auth token found.\"}");
    }

    @Test
    void aRoleGuardWithoutAnAuthenticationGuardRefusesInEveryMode() {
        api.get("/api/__test__/guards/flex-without-authentication").expectStatus(401).expectText("Unauthorized");
        api.get("/api/__test__/guards/strict-without-authentication").expectStatus(401).expectText("Unauthorized");
        Accounts accounts = new Accounts(api);
        accounts.enableMultiUser();
        String admin = accounts.login(Accounts.ADMIN, Accounts.ADMIN_PASSWORD);
        api.withToken(admin).get("/api/__test__/guards/flex-without-authentication").expectStatus(401);
        api.withToken(admin).get("/api/__test__/guards/strict-without-authentication").expectStatus(401);
    }
}
