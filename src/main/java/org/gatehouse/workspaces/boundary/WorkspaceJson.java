package org.gatehouse.workspaces.boundary;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.gatehouse.platform.json.WireObject;
import org.gatehouse.workspaces.control.Member;
import org.gatehouse.workspaces.control.OpenedWorkspace;
import org.gatehouse.workspaces.entity.Workspace;
import org.gatehouse.workspaces.entity.WorkspaceDocument;

/** Workspaces on the wire: the full row of contract 2.1, as admin and workspace endpoints return it. */
public final class WorkspaceJson {

    private WorkspaceJson() {
    }

    /** The workspace row of contract 2.1, in Prisma's column order. */
    public static WireObject raw(Workspace w) {
        return WireObject.create()
                .put("id", w.getId())
                .put("name", w.getName())
                .put("slug", w.getSlug())
                .put("vectorTag", w.getVectorTag())
                .put("createdAt", w.getCreatedAt())
                .put("openAiTemp", w.getOpenAiTemp())
                .put("openAiHistory", w.getOpenAiHistory())
                .put("lastUpdatedAt", w.getLastUpdatedAt())
                .put("openAiPrompt", w.getOpenAiPrompt())
                .put("similarityThreshold", w.getSimilarityThreshold())
                .put("chatProvider", w.getChatProvider())
                .put("chatModel", w.getChatModel())
                .put("topN", w.getTopN())
                .put("chatMode", w.getChatMode())
                .put("pfpFilename", w.getPfpFilename())
                .put("agentProvider", w.getAgentProvider())
                .put("agentModel", w.getAgentModel())
                .put("queryRefusalResponse", w.getQueryRefusalResponse())
                .put("vectorSearchMode", w.getVectorSearchMode())
                .put("router_id", w.getRouterId());
    }

    /** E30, E94, E96: members as {@code {userId, username, role, lastUpdatedAt}}. */
    static JsonArray members(List<Member> members) {
        JsonArrayBuilder users = Json.createArrayBuilder();
        members.forEach(member -> users.add(WireObject.create().put("userId", member.userId()).put("username", member.username())
                .put("role", member.role()).put("lastUpdatedAt", member.lastUpdatedAt()).build()));
        return users.build();
    }

    /**
     * E112: the row, then (in a default user's view) {@code workspace_users} as Prisma includes it, then the
     * documents. Gatehouse runs no model, so {@code contextWindow} is null and the token count 0.
     */
    static JsonObject opened(OpenedWorkspace opened) {
        WireObject workspace = raw(opened.workspace());
        opened.memberships().ifPresent(rows -> {
            JsonArrayBuilder memberships = Json.createArrayBuilder();
            rows.forEach(row -> memberships.add(WireObject.create().put("id", row.getId()).put("user_id", row.getUserId())
                    .put("workspace_id", row.getWorkspaceId()).put("createdAt", row.getCreatedAt())
                    .put("lastUpdatedAt", row.getLastUpdatedAt()).build()));
            workspace.putValue("workspace_users", memberships.build());
        });
        JsonArrayBuilder documents = Json.createArrayBuilder();
        opened.documents().forEach(d -> documents.add(document(d)));
        return workspace.putValue("documents", documents.build())
                .putValue("contextWindow", JsonValue.NULL)
                .put("currentContextTokenCount", 0)
                .build();
    }

    /** A {@code workspace_documents} row. */
    public static JsonObject document(WorkspaceDocument d) {
        return WireObject.create()
                .put("id", d.getId())
                .put("docId", d.getDocId())
                .put("filename", d.getFilename())
                .put("docpath", d.getDocpath())
                .put("workspaceId", d.getWorkspaceId())
                .put("metadata", d.getMetadata())
                .putValue("pinned", bool(d.getPinned()))
                .putValue("watched", bool(d.getWatched()))
                .put("createdAt", d.getCreatedAt())
                .put("lastUpdatedAt", d.getLastUpdatedAt())
                .build();
    }

    private static JsonValue bool(Boolean value) {
        return value == null ? JsonValue.NULL : value ? JsonValue.TRUE : JsonValue.FALSE;
    }
}
