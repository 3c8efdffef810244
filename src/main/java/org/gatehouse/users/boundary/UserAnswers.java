package org.gatehouse.users.boundary;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.function.IntFunction;
import org.gatehouse.platform.control.Outcome;
import org.gatehouse.platform.json.WireObject;
import org.gatehouse.platform.rest.PathIds;
import org.gatehouse.users.control.UserAdministration;
import org.gatehouse.users.entity.User;

/** The answers the user endpoints of the web client (E21-E23) and of {@code /api/v1} (E88-E90) share. */
final class UserAnswers {

    private UserAnswers() {
    }

    /** The action on the user with this path id; a path that is no id is a user not found. */
    static Outcome<User> onUser(String pathId, IntFunction<Outcome<User>> action) {
        return PathIds.parse(pathId).map(action::apply)
                .orElseGet(() -> Outcome.notFound(UserAdministration.NOT_FOUND));
    }

    /** {@code {"success":…,"error":…}}. */
    static JsonObject result(Outcome<?> outcome) {
        return WireObject.create().put("success", outcome.isDone()).put("error", outcome.error()).build();
    }

    /** {@code {"user":FU|null,"error":…}}. */
    static JsonObject created(Outcome<User> outcome) {
        return WireObject.create()
                .putValue("user", outcome instanceof Outcome.Done<User> done ? UserJson.filtered(done.value()) : JsonValue.NULL)
                .put("error", outcome.error())
                .build();
    }
}
