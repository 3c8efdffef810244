package org.gatehouse.settings;

import org.gatehouse.testing.Accounts;
import org.gatehouse.testing.ApiClient;
import org.gatehouse.testing.GatehouseIT;
import org.gatehouse.testing.Race;
import org.junit.jupiter.api.Test;

/**
 * A setting written for the first time by many requests at once (found by HostileInputIT): the single-user
 * password holder's sign-out stores when their sessions end, a setting a fresh install does not have yet.
 */
class FirstSettingWriteRaceIT extends GatehouseIT {

    @Test
    void parallelFirstSignOutsOfThePasswordHolderAllAnswer() {
        controls.setEnv("AUTH_TOKEN", "single-user-secret-2026");
        ApiClient holder = api.withToken(new Accounts(api).loginSingleUser("single-user-secret-2026"));
        Race.atOnce(60, i -> holder.post("/api/system/logout", "{}"));
        controls.assertInvariants();
    }
}
