package org.gatehouse.users.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import org.gatehouse.auth.control.PasswordHashing;
import org.gatehouse.platform.json.JsValues;
import org.gatehouse.users.entity.Role;
import org.gatehouse.users.entity.User;

/** Creates users by contract 5.0's USER-CREATE rules, for every caller (admin API, invitations, mode switch). */
@ApplicationScoped
public class UserService {

    public static final String INVALID_ROLE = "Invalid role. Allowed roles are: default, admin, manager";
    public static final String BIO_TOO_LONG = "Bio cannot be longer than 1,000 characters";
    public static final String BAD_LIMIT = "Daily message limit must be null or a number greater than or equal to 1";

    @PersistenceContext(unitName = "gatehouse")
    EntityManager em;

    @Inject
    PasswordPolicy passwords;

    @Inject
    PasswordHashing hashing;

    @Inject
    UserDirectory users;

    @Inject
    Clock clock;

    /** The created user, or the first rule the input breaks. */
    public record Created(User user, String error) {
        static Created failed(String error) {
            return new Created(null, error);
        }
    }

    /** USER-CREATE: reads username, password, role, dailyMessageLimit and bio; ignores every other field. */
    @Transactional
    public Created create(JsonObject fields) {
        String username = fields.containsKey("username") ? JsValues.string(fields.get("username")) : "";
        JsonValue password = fields.get("password");
        if (password == null) {
            return Created.failed("\"value\" is required");
        }
        if (!(password instanceof JsonString text)) {
            return Created.failed("\"value\" must be a string");
        }
        Optional<String> problem = passwords.violation(text.getString(), username)
                .or(() -> UsernameRules.violation(username));
        if (problem.isPresent()) {
            return Created.failed(problem.get());
        }
        Optional<Role> role = fields.containsKey("role")
                ? Role.fromWire(fields.get("role") instanceof JsonString r ? r.getString() : null)
                : Optional.of(Role.DEFAULT);
        if (role.isEmpty()) {
            return Created.failed(INVALID_ROLE);
        }
        String bio = fields.get("bio") instanceof JsonString b ? b.getString() : "";
        if (bio.length() > 1000) {
            return Created.failed(BIO_TOO_LONG);
        }
        Optional<Optional<Integer>> limit = dailyMessageLimit(fields.get("dailyMessageLimit"));
        if (limit.isEmpty()) {
            return Created.failed(BAD_LIMIT);
        }
        if (users.byUsername(username).isPresent()) {
            return Created.failed(UsernameRules.TAKEN);
        }
        User user = new User(username, hashing.hash(text.getString()), role.get(), clock.instant());
        user.setBio(bio);
        user.setDailyMessageLimit(limit.get().orElse(null));
        em.persist(user);
        em.flush();
        return new Created(user, null);
    }

    /** Null or a number >= 1 (numeric text included, as JavaScript's Number() reads it); empty when invalid. */
    static Optional<Optional<Integer>> dailyMessageLimit(JsonValue value) {
        if (value == null || value == JsonValue.NULL) {
            return Optional.of(Optional.empty());
        }
        Double number = null;
        if (value instanceof JsonNumber n) {
            number = n.doubleValue();
        } else if (value instanceof JsonString s) {
            try {
                number = Double.valueOf(s.getString().trim());
            } catch (NumberFormatException notANumber) {
                return Optional.empty();
            }
        }
        if (number == null || number.isNaN() || number < 1) {
            return Optional.empty();
        }
        return Optional.of(Optional.of((int) Math.min(number, Integer.MAX_VALUE)));
    }
}
