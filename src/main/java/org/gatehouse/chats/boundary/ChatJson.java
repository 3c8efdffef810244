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

    private static JsonValue bool(Boolean value) {
        return value == null ? JsonValue.NULL : value ? JsonValue.TRUE : JsonValue.FALSE;
    }
}
