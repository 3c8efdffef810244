package org.gatehouse.invites.boundary;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.gatehouse.invites.control.InviteList;
import org.gatehouse.invites.control.NewInvite;
import org.gatehouse.invites.entity.Invite;
import org.gatehouse.platform.json.WireObject;

/** Invites on the wire (contract E24, E25): the raw row, optionally with creator and claimer resolved. */
final class InviteJson {

    private InviteJson() {
    }

    static JsonObject raw(Invite invite) {
        return row(invite, number(invite.getClaimedBy()), number(invite.getCreatedBy()));
    }

    /** E25 / E92: {@code {"invite":<raw row>,"error":null}}. */
    static JsonObject created(Invite invite) {
        return WireObject.create().putValue("invite", raw(invite)).put("error", (String) null).build();
    }

    /** E24 / E91: every invite with creator and claimer resolved. */
    static JsonObject list(InviteList list) {
        JsonArrayBuilder invites = Json.createArrayBuilder();
        list.invites().forEach(invite -> invites.add(listed(invite, list.usernames())));
        return Json.createObjectBuilder().add("invites", invites).build();
    }

    /**
     * The workspace ids of E25 / E92 as the JSON text given; absent or null: {@code "[]"}. Text longer than an
     * invite keeps answers {@code 400 {"invite":null,"error":...}} (AnythingLLM's column is unbounded).
     */
    static NewInvite newInvite(JsonObject body) {
        JsonValue ids = body.get("workspaceIds");
        NewInvite invite = ids == null || ids == JsonValue.NULL ? NewInvite.noWorkspaces() : new NewInvite(ids.toString());
        if (invite.tooLong()) {
            throw new WebApplicationException(Response.status(Response.Status.BAD_REQUEST).type(WireObject.JSON_UTF8)
                    .entity(WireObject.create().putValue("invite", JsonValue.NULL).put("error", TOO_LONG).build()).build());
        }
        return invite;
    }

    static final String TOO_LONG = "workspaceIds is too long (at most " + NewInvite.MAX_LENGTH + " characters of JSON).";

    /** {@code claimedBy}/{@code createdBy} as {@code {id, username}}, {@code {}} for a deleted user, 0 and null kept. */
    private static JsonObject listed(Invite invite, Map<Integer, String> usernames) {
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
        return value == null ? JsonValue.NULL : Json.createValue(value);
    }
}
