package org.gatehouse.workspaces.boundary;

import jakarta.json.JsonObject;
import org.gatehouse.platform.json.WireObject;
import org.gatehouse.workspaces.entity.Workspace;
import org.gatehouse.workspaces.entity.WorkspaceDocument;

/** Workspaces on the wire: the full row of contract 2.1, as admin and workspace endpoints return it. */
public final class WorkspaceJson {

    private WorkspaceJson() {
    }

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

    /** E30 / E94: the members whose user still exists, with the membership's lastUpdatedAt. */
    static jakarta.json.JsonArray members(org.gatehouse.workspaces.control.Workspaces workspaces, int workspaceId) {
        jakarta.json.JsonArrayBuilder users = jakarta.json.Json.createArrayBuilder();
        for (Object[] row : workspaces.members(workspaceId)) {
            org.gatehouse.users.entity.User user = (org.gatehouse.users.entity.User) row[1];
            users.add(WireObject.create().put("userId", user.getId()).put("username", user.getUsername()).put("role", user.getRole())
                    .put("lastUpdatedAt", ((org.gatehouse.workspaces.entity.WorkspaceUser) row[0]).getLastUpdatedAt()).build());
        }
        return users.build();
    }

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

    private static jakarta.json.JsonValue bool(Boolean value) {
        return value == null ? jakarta.json.JsonValue.NULL : value ? jakarta.json.JsonValue.TRUE : jakarta.json.JsonValue.FALSE;
    }
}
