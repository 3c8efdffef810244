package org.gatehouse.chats.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import org.gatehouse.auth.boundary.FlexRoles;
import org.gatehouse.auth.boundary.ValidatedRequest;
import org.gatehouse.chats.control.ChatHistory;
import org.gatehouse.platform.json.WireObject;
import org.gatehouse.users.control.UserDirectory;
import org.gatehouse.workspaces.control.Workspaces;
import org.gatehouse.users.entity.Role;

/** E57 and E58: review and delete chats. */
@Path("system/workspace-chats")
@ValidatedRequest
@FlexRoles({Role.ADMIN, Role.MANAGER})
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
        JsonArray chats = ChatJson.enriched(page.chats(), workspaces, users);
        return WireObject.create().putValue("chats", chats)
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
