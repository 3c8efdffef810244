package org.gatehouse.chats.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import org.gatehouse.auth.boundary.ValidApiKey;
import org.gatehouse.chats.control.ChatHistory;
import org.gatehouse.platform.json.WireObject;
import org.gatehouse.users.control.UserDirectory;
import org.gatehouse.workspaces.control.Workspaces;

/** E97: chats through the developer API, 20 a page, in both modes (as in AnythingLLM); no total. */
@Path("v1/admin/workspace-chats")
@ValidApiKey
@Produces(WireObject.JSON_UTF8)
public class V1WorkspaceChatsResource {

    static final int PAGE_SIZE = 20;

    @Inject
    ChatHistory history;

    @Inject
    Workspaces workspaces;

    @Inject
    UserDirectory users;

    @POST
    public JsonObject page(JsonObject body) {
        int offset = body.get("offset") instanceof JsonNumber n && n.isIntegral() && n.longValue() >= 0
                && n.longValue() <= 100_000 ? n.intValue() : 0;
        ChatHistory.Page page = history.page(offset, PAGE_SIZE);
        return WireObject.create().putValue("chats", ChatJson.enriched(page.chats(), workspaces, users))
                .put("hasPages", page.total() > (long) (offset + 1) * PAGE_SIZE).build();
    }
}
