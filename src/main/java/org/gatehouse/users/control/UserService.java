package org.gatehouse.users.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.gatehouse.auth.control.PasswordHashing;
import org.gatehouse.events.control.AuditEvent;
import org.gatehouse.events.control.EventLogService;
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

    @Inject
    EventLogService events;

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

    /** The result of USER-UPDATE: success, or the first rule broken. */
    public record Updated(boolean success, String error) {
        static Updated failed(String error) {
            return new Updated(false, error);
        }
    }

    private static final List<String> UPDATABLE =
            List.of("username", "password", "pfpFilename", "role", "suspended", "dailyMessageLimit", "bio");

    /**
     * USER-UPDATE (contract 5.0): unknown keys are dropped, values coerced as JavaScript would, each
     * change validated, then written with one {@code user_updated} event naming the target user. Beyond
     * AnythingLLM, a new password or a suspension ends every earlier session of that user.
     */
    @Transactional
    public Updated update(int targetId, JsonObject updates) {
        User user = em.find(User.class, targetId);
        if (user == null) {
            return Updated.failed("User not found");
        }
        Map<String, Object> changes = new LinkedHashMap<>();
        for (String key : UPDATABLE) {
            if (updates.containsKey(key)) {
                changes.put(key, coerce(key, updates.get(key)));
            }
        }
        if (user.getUsername() != null && user.getUsername().equals(changes.get("username"))) {
            changes.remove("username");
        }
        Optional<String> problem = validate(changes);
        if (problem.isPresent()) {
            return Updated.failed(problem.get());
        }
        if (changes.isEmpty()) {
            return Updated.failed("No valid updates applied.");
        }
        if (changes.containsKey("password")) {
            Optional<String> weak = passwords.violation((String) changes.get("password"),
                    (String) changes.getOrDefault("username", user.getUsername()));
            if (weak.isPresent()) {
                return Updated.failed(weak.get());
            }
        }
        if (changes.containsKey("username")
                && users.byUsername((String) changes.get("username")).filter(other -> !other.getId().equals(targetId)).isPresent()) {
            return Updated.failed(UsernameRules.TAKEN);
        }
        JsonObjectBuilder changed = Json.createObjectBuilder();
        boolean endSessions = apply(user, changes, changed);
        if (endSessions) {
            user.revokeSessions(clock.instant());
        }
        events.record(AuditEvent.USER_UPDATED, Json.createObjectBuilder()
                .add("username", user.getUsername())
                .add("changes", changed)
                .build(), user.getId());
        return new Updated(true, null);
    }

    /**
     * Sets or clears the profile picture name: the USER-UPDATE write and event, without the text coercion
     * that would store a cleared picture as the text "null".
     */
    @Transactional
    public void changePicture(int userId, String filename) {
        User user = em.find(User.class, userId);
        String old = user.getPfpFilename();
        user.setPfpFilename(filename);
        JsonObjectBuilder changed = Json.createObjectBuilder();
        if (!Objects.equals(old, filename)) {
            changed.add("pfpFilename", old + " => " + filename);
        }
        events.record(AuditEvent.USER_UPDATED, Json.createObjectBuilder()
                .add("username", user.getUsername()).add("changes", changed).build(), user.getId());
    }

    private static Object coerce(String key, JsonValue value) {
        return switch (key) {
            case "suspended" -> JsValues.truthy(value) ? 1 : 0;
            case "dailyMessageLimit" -> value == JsonValue.NULL ? null : value;
            default -> JsValues.string(value);
        };
    }

    private static Optional<String> validate(Map<String, Object> changes) {
        if (changes.containsKey("username")) {
            Optional<String> problem = UsernameRules.violation((String) changes.get("username"));
            if (problem.isPresent()) {
                return problem;
            }
        }
        if (changes.containsKey("role") && Role.fromWire((String) changes.get("role")).isEmpty()) {
            return Optional.of(INVALID_ROLE);
        }
        if (changes.containsKey("bio") && ((String) changes.get("bio")).length() > 1000) {
            return Optional.of(BIO_TOO_LONG);
        }
        if (changes.containsKey("dailyMessageLimit")) {
            Optional<Optional<Integer>> limit = dailyMessageLimit((JsonValue) changes.get("dailyMessageLimit"));
            if (limit.isEmpty()) {
                return Optional.of(BAD_LIMIT);
            }
            changes.put("dailyMessageLimit", limit.get().orElse(null));
        }
        return Optional.empty();
    }

    /** Writes the changes; records "old => new" for each field that really changed, never the password. */
    private boolean apply(User user, Map<String, Object> changes, JsonObjectBuilder changed) {
        boolean endSessions = false;
        for (var change : changes.entrySet()) {
            Object value = change.getValue();
            Object old = switch (change.getKey()) {
                case "username" -> user.getUsername();
                case "pfpFilename" -> user.getPfpFilename();
                case "role" -> user.getRole();
                case "suspended" -> user.getSuspended();
                case "dailyMessageLimit" -> user.getDailyMessageLimit();
                case "bio" -> user.getBio();
                default -> null;
            };
            switch (change.getKey()) {
                case "username" -> user.setUsername((String) value);
                case "password" -> {
                    user.setPassword(hashing.hash((String) value));
                    endSessions = true;
                }
                case "pfpFilename" -> user.setPfpFilename((String) value);
                case "role" -> user.setRole(Role.fromWire((String) value).orElseThrow());
                case "suspended" -> {
                    endSessions |= user.getSuspended() == 0 && (Integer) value == 1;
                    user.setSuspended((Integer) value);
                }
                case "dailyMessageLimit" -> user.setDailyMessageLimit((Integer) value);
                case "bio" -> user.setBio((String) value);
                default -> throw new IllegalStateException(change.getKey());
            }
            if (!"password".equals(change.getKey()) && !Objects.equals(String.valueOf(old), String.valueOf(value))) {
                changed.add(change.getKey(), old + " => " + value);
            }
        }
        return endSessions;
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
