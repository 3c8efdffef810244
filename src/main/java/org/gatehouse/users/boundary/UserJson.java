package org.gatehouse.users.boundary;

import jakarta.json.JsonObject;
import java.time.Instant;
import org.gatehouse.platform.json.WireObject;
import org.gatehouse.users.control.ListedUser;
import org.gatehouse.users.entity.User;

/** The "filtered user" of contract 2.1: every column but the password hash and push configuration. */
public final class UserJson {

    private UserJson() {
    }

    public static JsonObject filtered(User user) {
        return filtered(user, user.getSeenRecoveryCodes());
    }

    /** The same projection from a listed row. */
    public static JsonObject filtered(ListedUser user) {
        return filtered(user.id(), user.username(), user.pfpFilename(), user.role(), user.suspended(),
                user.seenRecoveryCodes(), user.createdAt(), user.lastUpdatedAt(), user.dailyMessageLimit(), user.bio());
    }

    /** With a chosen {@code seen_recovery_codes}, as the first login reports the value from before it. */
    public static JsonObject filtered(User user, Boolean seenRecoveryCodes) {
        return filtered(user.getId(), user.getUsername(), user.getPfpFilename(), user.getRole(), user.getSuspended(),
                seenRecoveryCodes, user.getCreatedAt(), user.getLastUpdatedAt(), user.getDailyMessageLimit(), user.getBio());
    }

    private static JsonObject filtered(Integer id, String username, String pfpFilename, String role, int suspended,
                                       Boolean seenRecoveryCodes, Instant createdAt, Instant lastUpdatedAt,
                                       Integer dailyMessageLimit, String bio) {
        WireObject json = WireObject.create()
                .put("id", id)
                .put("username", username)
                .put("pfpFilename", pfpFilename)
                .put("role", role)
                .put("suspended", suspended);
        if (seenRecoveryCodes == null) {
            json.putValue("seen_recovery_codes", jakarta.json.JsonValue.NULL);
        } else {
            json.put("seen_recovery_codes", seenRecoveryCodes.booleanValue());
        }
        return json.put("createdAt", createdAt)
                .put("lastUpdatedAt", lastUpdatedAt)
                .put("dailyMessageLimit", dailyMessageLimit)
                .put("bio", bio)
                .build();
    }
}
