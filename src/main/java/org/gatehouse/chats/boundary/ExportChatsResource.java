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
import org.gatehouse.auth.control.CurrentCaller;
import org.gatehouse.auth.boundary.FlexRoles;
import org.gatehouse.auth.boundary.ValidatedRequest;
import org.gatehouse.chats.control.ChatExportFormat;
import org.gatehouse.chats.control.ChatHistory;
import org.gatehouse.users.entity.User;
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
    CurrentCaller caller;

    /** The export document, written while the chats are read a batch at a time. */
    static StreamingOutput stream(ChatExportFormat format, String kind, ChatHistory history) {
        return output -> {
            Writer out = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            if (kind.equals("workspace")) {
                history.export(format, out);
            } else {
                format.begin(out);
                format.end(out);
            }
            out.flush();
        };
    }

    /** The attachment header of an export (the console's download answers with it too). */
    public static String fileName(ChatExportFormat format) {
        return "attachment; filename=chats." + (format == ChatExportFormat.CSV ? "csv" : format == ChatExportFormat.JSONL ? "jsonl" : "json");
    }

    @GET
    public Response export(@QueryParam("type") String type, @QueryParam("chatType") String chatType) {
        ChatExportFormat format = ChatExportFormat.of(type);
        String kind = "embed".equals(chatType) ? "embed" : "workspace";
        history.recordExport(format.wireName(), kind, caller.user().map(User::getId).orElse(null));
        StreamingOutput body = stream(format, kind, history);
        return Response.ok(body, format.mediaType() + ";charset=utf-8")
                .header("Content-Disposition", fileName(format))
                .build();
    }
}
