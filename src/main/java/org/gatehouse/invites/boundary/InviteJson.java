package org.gatehouse.invites.boundary;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Map;
import org.gatehouse.invites.entity.Invite;
import org.gatehouse.platform.json.WireObject;

/** Invites on the wire (contract E24, E25): the raw row, optionally with creator and claimer resolved. */
final class InviteJson {

    private InviteJson() {
    }

    static JsonObject raw(Invite invite) {
        return row(invite, number(invite.getClaimedBy()), number(invite.getCreatedBy()));
    }

    /** E24 / E91: every invite with creator and claimer resolved in one query. */
    static JsonObject list(java.util.List<Invite> invites, org.gatehouse.users.control.UserDirectory users) {
        Map<Integer, String> names = users.usernames(invites.stream()
                .flatMap(invite -> java.util.stream.Stream.of(invite.getClaimedBy(), invite.getCreatedBy()))
                .filter(java.util.Objects::nonNull).filter(id -> id != 0).distinct().toList());
        jakarta.json.JsonArrayBuilder list = jakarta.json.Json.createArrayBuilder();
        invites.forEach(invite -> list.add(listed(invite, names)));
        return jakarta.json.Json.createObjectBuilder().add("invites", list).build();
    }

    /** {@code claimedBy}/{@code createdBy} as {@code {id, username}}, {@code {}} for a deleted user, 0 and null kept. */
    static JsonObject listed(Invite invite, Map<Integer, String> usernames) {
        return row(invite, person(invite.getClaimedBy(), usernames), person(invite.getCreatedBy(), usernames));
    }

    private static JsonValue person(Integer id, Map<Integer, String> usernames) {
        if (id == null || id == 0) {
            return number(id);
        }
        String username = usernames.get(id);
        return username == null ? JsonValue.EMPTY_JSON_OBJECT
                : WireObject.create().put("id", id).put("username", username).build();
    }

    private static JsonObject row(Invite invite, JsonValue claimedBy, JsonValue createdBy) {
        return WireObject.create()
                .put("id", invite.getId())
                .put("code", invite.getCode())
                .put("status", invite.getStatus())
                .putValue("claimedBy", claimedBy)
                .put("workspaceIds", invite.getWorkspaceIds())
                .put("createdAt", invite.getCreatedAt())
                .putValue("createdBy", createdBy)
                .put("lastUpdatedAt", invite.getLastUpdatedAt())
                .build();
    }

    private static JsonValue number(Integer value) {
        return value == null ? JsonValue.NULL : jakarta.json.Json.createValue(value);
    }
}
