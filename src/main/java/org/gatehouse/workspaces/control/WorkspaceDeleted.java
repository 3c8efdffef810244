package org.gatehouse.workspaces.control;

/** Fired inside the deleting transaction; the vector namespace is dropped only once it has committed. */
public record WorkspaceDeleted(String slug) {
}
