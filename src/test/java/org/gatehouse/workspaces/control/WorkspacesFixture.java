package org.gatehouse.workspaces.control;

import jakarta.persistence.EntityManager;

/** {@link Workspaces} over a test database, for the plain JUnit tests of other components. */
public final class WorkspacesFixture {

    private WorkspacesFixture() {
    }

    /** The workspace lookups (byId, bySlug, all) over this entity manager; nothing that records events. */
    public static Workspaces lookups(EntityManager em) {
        Workspaces workspaces = new Workspaces();
        workspaces.em = em;
        return workspaces;
    }
}
