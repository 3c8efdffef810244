package org.gatehouse.chats.boundary;

import jakarta.json.JsonValue;
import org.gatehouse.platform.json.WireObject;
import org.gatehouse.workspaces.entity.WorkspaceChat;

/** A {@code workspace_chats} row on the wire (contract 2.2); {@code response} stays JSON text. */
final class ChatJson {

    private ChatJson() {
    }

    static WireObject row(WorkspaceChat chat) {
        return WireObject.create()
                .put("id", chat.getId())
                .put("workspaceId", chat.getWorkspaceId())
                .put("prompt", chat.getPrompt())
                .put("response", chat.getResponse())
                .put("include", chat.isInclude())
                .put("user_id", chat.getUserId())
                .put("thread_id", chat.getThreadId())
                .put("api_session_id", chat.getApiSessionId())
                .put("createdAt", chat.getCreatedAt())
                .put("lastUpdatedAt", chat.getLastUpdatedAt())
                .putValue("feedbackScore", bool(chat.getFeedbackScore()))
                .putValue("memoryProcessed", bool(chat.getMemoryProcessed()));
    }

    /** E57 / E97: each chat with {@code workspace {name, slug}} and {@code user {username}}, names read in bulk. */
    static jakarta.json.JsonArray enriched(java.util.List<WorkspaceChat> chats, org.gatehouse.workspaces.control.Workspaces workspaces,
                                           org.gatehouse.users.control.UserDirectory users) {
        java.util.Map<Integer, String> names = users.usernames(chats.stream().map(WorkspaceChat::getUserId)
                .filter(java.util.Objects::nonNull).distinct().toList());
        jakarta.json.JsonArrayBuilder list = jakarta.json.Json.createArrayBuilder();
        java.util.Map<Integer, java.util.Optional<org.gatehouse.workspaces.entity.Workspace>> seen = new java.util.HashMap<>();
        for (WorkspaceChat chat : chats) {
            var workspace = seen.computeIfAbsent(chat.getWorkspaceId(), workspaces::byId).orElse(null);
            String username = chat.getUserId() != null && names.containsKey(chat.getUserId()) ? names.get(chat.getUserId())
                    : chat.getApiSessionId() != null ? "API" : "unknown user";
            list.add(row(chat)
                    .putValue("workspace", workspace == null
                            ? WireObject.create().put("name", "deleted workspace").put("slug", (String) null).build()
                            : WireObject.create().put("name", workspace.getName()).put("slug", workspace.getSlug()).build())
                    .putValue("user", WireObject.create().put("username", username).build())
                    .build());
        }
        return list.build();
    }

    private static JsonValue bool(Boolean value) {
        return value == null ? JsonValue.NULL : value ? JsonValue.TRUE : JsonValue.FALSE;
    }
}
