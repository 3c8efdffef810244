package org.gatehouse.workspaces.control;

import java.util.List;
import java.util.Optional;
import org.gatehouse.workspaces.entity.Workspace;
import org.gatehouse.workspaces.entity.WorkspaceDocument;
import org.gatehouse.workspaces.entity.WorkspaceUser;

/**
 * A workspace as E112 opens it: its documents, and its membership rows where AnythingLLM includes them
 * (a default user's view in multi-user mode, whose lookup goes through {@code workspace_users}).
 */
public record OpenedWorkspace(Workspace workspace, List<WorkspaceDocument> documents, Optional<List<WorkspaceUser>> memberships) {
}
