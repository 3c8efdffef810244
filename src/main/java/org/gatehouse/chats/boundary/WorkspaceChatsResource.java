package org.gatehouse.chats.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import org.gatehouse.auth.boundary.FlexRoles;
import org.gatehouse.auth.control.CurrentCaller;
import org.gatehouse.auth.boundary.ValidatedRequest;
import org.gatehouse.chats.control.ChatHistory;
import org.gatehouse.platform.control.PageRequest;
import org.gatehouse.platform.json.WireObject;
import org.gatehouse.platform.rest.PageParameters;
import org.gatehouse.users.entity.Role;
import org.gatehouse.users.entity.User;

/** E57 and E58: review and delete chats. */
@Path("system/workspace-chats")
@ValidatedRequest
@FlexRoles({Role.ADMIN, Role.MANAGER})
@Produces(WireObject.JSON_UTF8)
public class WorkspaceChatsResource {

    @Inject
    ChatHistory history;

    @Inject
    CurrentCaller caller;

    /** E57: a page of chats, newest first, with the total. */
    @POST
    @ChatHistoryViewable
    public JsonObject page(JsonObject body) {
        PageRequest request = PageParameters.of(body, 20);
        ChatHistory.Page page = history.page(request);
        return WireObject.create().putValue("chats", ChatJson.enriched(page.chats()))
                .put("hasPages", request.hasPagesAfter(page.total()))
                .put("totalChats", page.total())
                .build();
    }

    /** E58: {@code -1} deletes every chat (logged, beyond AnythingLLM). */
    @DELETE
    @Path("{id}")
    public JsonObject delete(@PathParam("id") int id) {
        history.delete(id, caller.user().map(User::getId).orElse(null));
        return WireObject.create().put("success", true).put("error", (String) null).build();
    }
}
