package org.gatehouse.chats.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.gatehouse.auth.control.CurrentCaller;
import org.gatehouse.auth.boundary.FlexRoles;
import org.gatehouse.auth.boundary.ValidatedRequest;
import org.gatehouse.chats.control.ChatExportFormat;
import org.gatehouse.chats.control.ChatHistory;
import org.gatehouse.platform.json.Timestamps;
import org.gatehouse.users.control.UserDirectory;
import org.gatehouse.users.entity.User;
import org.gatehouse.workspaces.control.Workspaces;
import org.gatehouse.workspaces.entity.Workspace;
import org.gatehouse.users.entity.Role;

/**
 * E59: every workspace chat in one of four formats, streamed from the database a batch at a time.
 * Gatehouse keeps no embed chats, so {@code chatType=embed} exports an empty document.
 */
@Path("system/export-chats")
@ChatHistoryViewable
@ValidatedRequest
@FlexRoles({Role.ADMIN, Role.MANAGER})
public class ExportChatsResource {

    @Inject
    ChatHistory history;

    @Inject
    Workspaces workspaces;

    @Inject
    UserDirectory users;

    @Inject
    CurrentCaller caller;

    /** The export document, written while the chats are read a batch at a time. */
    static StreamingOutput stream(ChatExportFormat format, String kind, ChatHistory history, Workspaces workspaces,
                                  UserDirectory users) {
        return output -> {
            Writer out = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            format.begin(out);
            if (kind.equals("workspace")) {
                Map<Integer, Workspace> workspaceCache = new HashMap<>();
                Map<Integer, String> userCache = new HashMap<>();
                boolean[] first = {true};
                history.forEachChat(chat -> {
                    Workspace workspace = workspaceCache.computeIfAbsent(chat.getWorkspaceId(),
                            id -> workspaces.byId(id).orElse(null));
                    String username = chat.getUserId() == null ? (chat.getApiSessionId() != null ? "API" : "unknown user")
                            : userCache.computeIfAbsent(chat.getUserId(),
                                    id -> users.byId(id).map(User::getUsername).orElse("unknown user"));
                    format.write(out, new ChatExportFormat.Row(chat.getId(), username,
                            workspace == null ? "deleted workspace" : workspace.getName(),
                            workspace == null || workspace.getOpenAiPrompt() == null ? Workspaces.BUILT_IN_PROMPT
                                    : workspace.getOpenAiPrompt(),
                            chat.getPrompt(), ChatExportFormat.responseText(chat.getResponse()),
                            Timestamps.format(chat.getCreatedAt()), chat.getFeedbackScore()), first[0]);
                    first[0] = false;
                });
            }
            format.end(out);
            out.flush();
        };
    }

    static String fileName(ChatExportFormat format) {
        return "attachment; filename=chats." + (format == ChatExportFormat.CSV ? "csv" : format == ChatExportFormat.JSONL ? "jsonl" : "json");
    }

    @GET
    public Response export(@QueryParam("type") String type, @QueryParam("chatType") String chatType) {
        ChatExportFormat format = ChatExportFormat.of(type);
        String kind = "embed".equals(chatType) ? "embed" : "workspace";
        history.recordExport(format.wireName(), kind, caller.user().map(User::getId).orElse(null));
        StreamingOutput body = stream(format, kind, history, workspaces, users);
        return Response.ok(body, format.mediaType() + ";charset=utf-8")
                .header("Content-Disposition", fileName(format))
                .build();
    }
}
