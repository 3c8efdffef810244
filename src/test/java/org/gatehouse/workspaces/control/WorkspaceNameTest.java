package org.gatehouse.workspaces.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.gatehouse.events.control.AuditEvent;
import org.junit.jupiter.api.Test;

/** What a new workspace is called (E31, E107, E113), and what each origin logs. */
class WorkspaceNameTest {

    @Test
    void theWebClientsButtonNamesAnUnnamedWorkspace() {
        assertEquals(Optional.of("My Workspace"), Workspaces.nameFor(Optional.empty(), Origin.WEB_CLIENT));
        assertEquals(Optional.of("My Workspace"), Workspaces.nameFor(Optional.of(" \t"), Origin.WEB_CLIENT));
        assertEquals(Optional.of("Ops"), Workspaces.nameFor(Optional.of("Ops"), Origin.WEB_CLIENT));
    }

    @Test
    void administrationAndTheDeveloperApiRefuseAnUnnamedWorkspace() {
        for (Origin origin : new Origin[] {Origin.ADMINISTRATION, Origin.DEVELOPER_API}) {
            assertEquals(Optional.empty(), Workspaces.nameFor(Optional.empty(), origin));
            assertEquals(Optional.empty(), Workspaces.nameFor(Optional.of(""), origin));
            assertEquals(Optional.empty(), Workspaces.nameFor(Optional.of("   "), origin));
            assertEquals(Optional.of(" Ops "), Workspaces.nameFor(Optional.of(" Ops "), origin), "kept as given");
        }
    }

    @Test
    void namesAreCutTo255Characters() {
        String name = "x".repeat(300);
        assertEquals(Optional.of("x".repeat(255)), Workspaces.nameFor(Optional.of(name), Origin.ADMINISTRATION));
        assertEquals(Optional.of("y".repeat(255)), Workspaces.nameFor(Optional.of("y".repeat(255)), Origin.WEB_CLIENT));
    }

    @Test
    void aNameIsNeverCutBetweenTheHalvesOfAPair() {
        String name = "x".repeat(254) + "\uD83D\uDE00" + "tail";
        assertEquals(Optional.of("x".repeat(254)), Workspaces.nameFor(Optional.of(name), Origin.ADMINISTRATION));
    }

    @Test
    void theDeveloperApiLogsItsOwnEvents() {
        assertEquals(AuditEvent.API_WORKSPACE_CREATED, Origin.DEVELOPER_API.createdEvent());
        assertEquals(AuditEvent.API_WORKSPACE_DELETED, Origin.DEVELOPER_API.deletedEvent());
        assertEquals(AuditEvent.WORKSPACE_CREATED, Origin.ADMINISTRATION.createdEvent());
        assertEquals(AuditEvent.WORKSPACE_DELETED, Origin.WEB_CLIENT.deletedEvent());
    }
}
