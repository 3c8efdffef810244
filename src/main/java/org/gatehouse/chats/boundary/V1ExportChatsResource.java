package org.gatehouse.chats.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.gatehouse.auth.boundary.ValidApiKey;
import org.gatehouse.chats.control.ChatExportFormat;
import org.gatehouse.chats.control.ChatHistory;
import org.gatehouse.platform.json.WireObject;

/** E105: workspace chats through the developer API; an unknown type is a 400, unlike E59. */
@Path("v1/system/export-chats")
@ValidApiKey
public class V1ExportChatsResource {

    @Inject
    ChatHistory history;

    @GET
    public Response export(@QueryParam("type") String type) {
        ChatExportFormat format = ChatExportFormat.strictly(type).orElse(null);
        if (format == null) {
            return Response.status(400).type(WireObject.JSON_UTF8).entity(WireObject.create()
                    .put("message", "Invalid export type: " + type + ". Must be one of json, csv, jsonl, jsonAlpaca").build()).build();
        }
        history.recordApiExport(format.wireName());
        return Response.ok(ExportChatsResource.stream(format, "workspace", history),
                format.mediaType() + ";charset=utf-8").header("Content-Disposition", ExportChatsResource.fileName(format)).build();
    }
}
