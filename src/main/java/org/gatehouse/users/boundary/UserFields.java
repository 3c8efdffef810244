package org.gatehouse.users.boundary;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Optional;
import java.util.function.Function;
import org.gatehouse.platform.json.JsValues;
import org.gatehouse.users.control.DailyLimit;
import org.gatehouse.users.control.NewUser;
import org.gatehouse.users.control.PasswordInput;
import org.gatehouse.users.control.ProfileChanges;
import org.gatehouse.users.control.RoleChoice;
import org.gatehouse.users.control.UserChanges;
import org.gatehouse.users.entity.Role;

/**
 * Reads user fields from a request body as AnythingLLM's JavaScript does (contract 5.0): which keys are
 * read, {@code String(x)}, truthiness and {@code Number(x)}. Nothing is refused here; invalid values are
 * carried to control, which decides in the contract's order.
 */
public final class UserFields {

    private UserFields() {
    }

    /** USER-CREATE's fields: username, password, role, dailyMessageLimit, bio; every other key is ignored. */
    public static NewUser newUser(JsonObject body) {
        String username = body.containsKey("username") ? JsValues.string(body.get("username")) : "";
        JsonValue password = body.get("password");
        // AnythingLLM's checkPasswordComplexity(passwordInput = "") reads an absent password as an empty one.
        PasswordInput given = password == null ? PasswordInput.of("")
                : password instanceof JsonString text ? PasswordInput.of(text.getString()) : new PasswordInput.NotText();
        // A role selection and USER-CREATE both compare strictly: only a JSON string can name a role.
        Optional<RoleChoice> role = body.containsKey("role")
                ? Optional.of(body.get("role") instanceof JsonString text ? named(text.getString()) : new RoleChoice.Unknown())
                : Optional.empty();
        String bio = body.get("bio") instanceof JsonString text ? text.getString() : "";
        return new NewUser(username, given, role, bio, dailyLimit(body.get("dailyMessageLimit")));
    }

    /** An invitation's account: only the credentials are read, whatever else the body holds. */
    public static NewUser credentials(JsonObject body) {
        NewUser account = newUser(body);
        return new NewUser(account.username(), account.password(), Optional.empty(), "", DailyLimit.unlimited());
    }

    /**
     * USER-UPDATE's fields (step 3 and 4): only the updatable keys; {@code suspended} by truthiness,
     * {@code dailyMessageLimit} as a number, every other key by {@code String(x)} ({@code null} is "null").
     */
    public static UserChanges changes(JsonObject body) {
        return new UserChanges(
                text(body, "username"),
                text(body, "password"),
                text(body, "pfpFilename"),
                field(body, "role", value -> {
                    RoleChoice named = named(JsValues.string(value));
                    return value instanceof JsonString || !(named instanceof RoleChoice.Named chosen)
                            ? named : new RoleChoice.Coerced(chosen.role());
                }),
                field(body, "suspended", JsValues::truthy),
                field(body, "dailyMessageLimit", UserFields::dailyLimit),
                text(body, "bio"));
    }

    /** E19: a username when given, a password and a bio only when truthy (a bio cannot be cleared here). */
    public static ProfileChanges profile(JsonObject body) {
        return new ProfileChanges(text(body, "username"), truthyText(body, "password"), truthyText(body, "bio"));
    }

    /** Null (or absent) is unlimited; a number, or text that JavaScript's Number() reads as one, must be at least 1. */
    static DailyLimit dailyLimit(JsonValue value) {
        if (value == null || value == JsonValue.NULL) {
            return DailyLimit.unlimited();
        }
        Double number = null;
        if (value instanceof JsonNumber n) {
            number = n.doubleValue();
        } else if (value instanceof JsonString s) {
            try {
                number = Double.valueOf(s.getString().trim());
            } catch (NumberFormatException notANumber) {
                return new DailyLimit.Invalid();
            }
        }
        if (number == null || number.isNaN() || number < 1) {
            return new DailyLimit.Invalid();
        }
        return new DailyLimit.Limit((int) Math.min(number, Integer.MAX_VALUE));
    }

    private static RoleChoice named(String text) {
        return Role.fromWire(text).<RoleChoice>map(RoleChoice.Named::new).orElseGet(RoleChoice.Unknown::new);
    }

    private static Optional<String> text(JsonObject body, String key) {
        return field(body, key, JsValues::string);
    }

    private static Optional<String> truthyText(JsonObject body, String key) {
        return JsValues.truthy(body.get(key)) ? text(body, key) : Optional.empty();
    }

    private static <T> Optional<T> field(JsonObject body, String key, Function<JsonValue, T> read) {
        return body.containsKey(key) ? Optional.of(read.apply(body.get(key))) : Optional.empty();
    }
}
