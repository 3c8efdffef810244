package org.gatehouse.testing;

import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the integration tests whose every case runs against the {@link Team}: admin, manager mia and
 * default user dan, each signed in, after {@link GatehouseIT}'s fresh install and before the subclass's
 * own setup.
 */
public abstract class TeamIT extends GatehouseIT {

    protected Accounts accounts;
    protected ApiClient admin;
    protected ApiClient manager;
    protected int managerId;
    protected ApiClient member;
    protected int memberId;

    // Named apart from the subclasses' own @BeforeEach methods, so none of them hides this one.
    @BeforeEach
    void signInTheTeam() {
        Team team = Team.signIn(api, controls);
        accounts = team.accounts();
        admin = team.admin();
        manager = team.manager();
        managerId = team.managerId();
        member = team.member();
        memberId = team.memberId();
    }
}
