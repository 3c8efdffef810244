package org.gatehouse.users.boundary;

import jakarta.json.JsonObject;
import java.time.Instant;
import org.gatehouse.platform.json.WireFields;
import org.gatehouse.platform.json.WireObject;
import org.gatehouse.platform.json.WireStream;
import org.gatehouse.users.control.ListedUser;
import org.gatehouse.users.entity.User;

/** The "filtered user" of contract 2.1: every column but the password hash and push configuration. */
public final class UserJson {

    private UserJson() {
    }

    public static JsonObject filtered(User user) {
        return filtered(user, user.getSeenRecoveryCodes());
    }

    /** The same object from a listed row, written into a streamed list as its next element. */
    public static void write(WireStream list, ListedUser user) {
        filtered(list.object(), user.id(), user.username(), user.pfpFilename(), user.role(), user.suspended(),
                user.seenRecoveryCodes(), user.createdAt(), user.lastUpdatedAt(), user.dailyMessageLimit(),
                user.bio()).end();
    }

    /** With a chosen {@code seen_recovery_codes}, as the first login reports the value from before it. */
    public static JsonObject filtered(User user, Boolean seenRecoveryCodes) {
        return filtered(WireObject.create(), user.getId(), user.getUsername(), user.getPfpFilename(), user.getRole(),
                user.getSuspended(), seenRecoveryCodes, user.getCreatedAt(), user.getLastUpdatedAt(),
                user.getDailyMessageLimit(), user.getBio()).build();
    }

    private static <T extends WireFields> T filtered(T json, Integer id, String username, String pfpFilename,
                                                     String role, int suspended, Boolean seenRecoveryCodes,
                                                     Instant createdAt, Instant lastUpdatedAt,
                                                     Integer dailyMessageLimit, String bio) {
        json.put("id", id);
        json.put("username", username);
        json.put("pfpFilename", pfpFilename);
        json.put("role", role);
        json.put("suspended", suspended);
        json.put("seen_recovery_codes", seenRecoveryCodes);
        json.put("createdAt", createdAt);
        json.put("lastUpdatedAt", lastUpdatedAt);
        json.put("dailyMessageLimit", dailyMessageLimit);
        json.put("bio", bio);
        return json;
    }
}
