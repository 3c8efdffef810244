package org.gatehouse.chats.boundary;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import java.util.Map;
import java.util.Objects;
import org.gatehouse.auth.boundary.FlexRoles;
import org.gatehouse.auth.boundary.ValidatedRequest;
import org.gatehouse.chats.control.ChatHistory;
import org.gatehouse.platform.json.WireObject;
import org.gatehouse.users.control.UserDirectory;
import org.gatehouse.workspaces.control.Workspaces;
import org.gatehouse.workspaces.entity.Workspace;
import org.gatehouse.workspaces.entity.WorkspaceChat;

/** E57 and E58: review and delete chats. */
@Path("system/workspace-chats")
@ValidatedRequest
@FlexRoles({"admin", "manager"})
@Produces(WireObject.JSON_UTF8)
public class WorkspaceChatsResource {

    @Inject
    ChatHistory history;

    @Inject
    Workspaces workspaces;

    @Inject
    UserDirectory users;

    @POST
    @ChatHistoryViewable
    public JsonObject page(JsonObject body) {
        int offset = whole(body.get("offset"), 0);
        int limit = whole(body.get("limit"), 20);
        ChatHistory.Page page = history.page(offset, limit);
        Map<Integer, String> names = users.usernames(page.chats().stream().map(WorkspaceChat::getUserId)
                .filter(Objects::nonNull).distinct().toList());
        JsonArrayBuilder chats = Json.createArrayBuilder();
        for (WorkspaceChat chat : page.chats()) {
            Workspace workspace = workspaces.byId(chat.getWorkspaceId()).orElse(null);
            String username = chat.getUserId() != null && names.containsKey(chat.getUserId()) ? names.get(chat.getUserId())
                    : chat.getApiSessionId() != null ? "API" : "unknown user";
            chats.add(ChatJson.row(chat)
                    .putValue("workspace", workspace == null
                            ? WireObject.create().put("name", "deleted workspace").put("slug", (String) null).build()
                            : WireObject.create().put("name", workspace.getName()).put("slug", workspace.getSlug()).build())
                    .putValue("user", WireObject.create().put("username", username).build())
                    .build());
        }
        return WireObject.create().putValue("chats", chats.build())
                .put("hasPages", page.total() > (long) (offset + 1) * limit)
                .put("totalChats", page.total())
                .build();
    }

    /** E58: {@code -1} deletes every chat. */
    @DELETE
    @Path("{id}")
    public JsonObject delete(@PathParam("id") int id) {
        history.delete(id);
        return WireObject.create().put("success", true).put("error", (String) null).build();
    }

    private static int whole(JsonValue value, int fallback) {
        return value instanceof JsonNumber number && number.isIntegral() && number.longValue() >= 0
                && number.longValue() <= 100_000 ? number.intValue() : fallback;
    }
}
