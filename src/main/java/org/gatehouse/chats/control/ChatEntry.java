package org.gatehouse.chats.control;

import java.util.Optional;
import org.gatehouse.workspaces.entity.Workspace;
import org.gatehouse.workspaces.entity.WorkspaceChat;

/** A chat as the review lists show it (E57, E97): with its workspace (empty once deleted) and its author's name. */
public record ChatEntry(WorkspaceChat chat, Optional<Workspace> workspace, String author) {
}
