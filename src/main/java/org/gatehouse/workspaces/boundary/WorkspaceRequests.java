package org.gatehouse.workspaces.boundary;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.Optional;
import org.gatehouse.platform.control.Outcome;
import org.gatehouse.platform.json.WireObject;
import org.gatehouse.platform.rest.PathIds;
import org.gatehouse.workspaces.control.Workspaces;

/** What the workspace resources read from a request the same way, and answer the same way. */
final class WorkspaceRequests {

    private static final String NOT_FOUND = "Workspace not found";

    private WorkspaceRequests() {
    }

    /** The {@code name} of a create body: only a string is a name. */
    static Optional<String> name(JsonObject body) {
        return body.get("name") instanceof JsonString text ? Optional.of(text.getString()) : Optional.empty();
    }

    /** E32 and E95: {@code {success, error}}, always 200; the workspace is looked up before the body is read. */
    static JsonObject replaceMembers(Workspaces workspaces, String id, JsonObject body) {
        Optional<Integer> workspaceId = PathIds.parse(id).filter(known -> workspaces.byId(known).isPresent());
        if (workspaceId.isEmpty()) {
            return answer(NOT_FOUND);
        }
        MemberIds.Parsed userIds = MemberIds.strictly(body.get("userIds"));
        if (userIds.error().isPresent()) {
            return answer(userIds.error().get());
        }
        Outcome<Void> replaced = workspaces.replaceMembers(workspaceId.get(), userIds.ids());
        return answer(replaced.error());
    }

    private static JsonObject answer(String error) {
        return WireObject.create().put("success", error == null).put("error", error).build();
    }
}
