package org.gatehouse.chats.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import org.gatehouse.auth.boundary.ValidApiKey;
import org.gatehouse.chats.control.ChatHistory;
import org.gatehouse.platform.control.PageRequest;
import org.gatehouse.platform.json.WireObject;
import org.gatehouse.platform.rest.PageParameters;

/** E97: chats through the developer API, 20 a page, in both modes (as in AnythingLLM); no total. */
@Path("v1/admin/workspace-chats")
@ValidApiKey
@Produces(WireObject.JSON_UTF8)
public class V1WorkspaceChatsResource {

    static final int PAGE_SIZE = 20;

    @Inject
    ChatHistory history;

    @POST
    public JsonObject page(JsonObject body) {
        PageRequest request = PageParameters.ofFixedSize(body, PAGE_SIZE);
        ChatHistory.Page page = history.page(request);
        return WireObject.create().putValue("chats", ChatJson.enriched(page.chats()))
                .put("hasPages", request.hasPagesAfter(page.total())).build();
    }
}
