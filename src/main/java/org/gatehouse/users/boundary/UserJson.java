package org.gatehouse.users.boundary;

import jakarta.json.JsonObject;
import org.gatehouse.platform.json.WireObject;
import org.gatehouse.users.entity.User;

/** The "filtered user" of contract 2.1: every column but the password hash and push configuration. */
public final class UserJson {

    private UserJson() {
    }

    public static JsonObject filtered(User user) {
        return filtered(user, user.getSeenRecoveryCodes());
    }

    /** With a chosen {@code seen_recovery_codes}, as the first login reports the value from before it. */
    public static JsonObject filtered(User user, Boolean seenRecoveryCodes) {
        WireObject json = WireObject.create()
                .put("id", user.getId())
                .put("username", user.getUsername())
                .put("pfpFilename", user.getPfpFilename())
                .put("role", user.getRole())
                .put("suspended", user.getSuspended());
        if (seenRecoveryCodes == null) {
            json.putValue("seen_recovery_codes", jakarta.json.JsonValue.NULL);
        } else {
            json.put("seen_recovery_codes", seenRecoveryCodes.booleanValue());
        }
        return json.put("createdAt", user.getCreatedAt())
                .put("lastUpdatedAt", user.getLastUpdatedAt())
                .put("dailyMessageLimit", user.getDailyMessageLimit())
                .put("bio", user.getBio())
                .build();
    }
}
