package org.gatehouse.chats.boundary;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;
import java.util.List;
import org.gatehouse.chats.control.ChatEntry;
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

    /** E57 / E97: each chat with {@code workspace {name, slug}} and {@code user {username}}. */
    static JsonArray enriched(List<ChatEntry> chats) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (ChatEntry entry : chats) {
            list.add(row(entry.chat())
                    .putValue("workspace", entry.workspace()
                            .map(workspace -> WireObject.create().put("name", workspace.getName()).put("slug", workspace.getSlug()))
                            .orElseGet(() -> WireObject.create().put("name", "deleted workspace").put("slug", (String) null)).build())
                    .putValue("user", WireObject.create().put("username", entry.author()).build())
                    .build());
        }
        return list.build();
    }

    private static JsonValue bool(Boolean value) {
        return value == null ? JsonValue.NULL : value ? JsonValue.TRUE : JsonValue.FALSE;
    }
}
