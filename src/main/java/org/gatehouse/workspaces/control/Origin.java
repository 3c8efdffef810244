package org.gatehouse.workspaces.control;

import org.gatehouse.events.control.AuditEvent;

/**
 * Where a workspace change comes from. It decides the event each change logs and what a missing name
 * means: the web client's own "new workspace" button (E113) names it {@link Workspaces#DEFAULT_NAME}, the
 * administration paths (E31, the console) and the developer API (E107) refuse it.
 */
public enum Origin {
    WEB_CLIENT(AuditEvent.WORKSPACE_CREATED, AuditEvent.WORKSPACE_DELETED, true),
    ADMINISTRATION(AuditEvent.WORKSPACE_CREATED, AuditEvent.WORKSPACE_DELETED, false),
    DEVELOPER_API(AuditEvent.API_WORKSPACE_CREATED, AuditEvent.API_WORKSPACE_DELETED, false);

    private final String createdEvent;
    private final String deletedEvent;
    private final boolean namesUnnamed;

    Origin(String createdEvent, String deletedEvent, boolean namesUnnamed) {
        this.createdEvent = createdEvent;
        this.deletedEvent = deletedEvent;
        this.namesUnnamed = namesUnnamed;
    }

    public String createdEvent() {
        return createdEvent;
    }

    public String deletedEvent() {
        return deletedEvent;
    }

    /** Whether a workspace asked for without a name gets the default name instead of a refusal. */
    public boolean namesUnnamed() {
        return namesUnnamed;
    }
}
