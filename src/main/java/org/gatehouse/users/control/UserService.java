package org.gatehouse.users.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.gatehouse.auth.control.PasswordHashing;
import org.gatehouse.events.control.AuditEvent;
import org.gatehouse.events.control.EventLogService;
import org.gatehouse.platform.control.Outcome;
import org.gatehouse.users.entity.Role;
import org.gatehouse.users.entity.User;

/** Creates and changes users by contract 5.0's USER-CREATE and USER-UPDATE rules, for every caller. */
@ApplicationScoped
public class UserService {

    public static final String INVALID_ROLE = "Invalid role. Allowed roles are: default, admin, manager";
    public static final String BIO_TOO_LONG = "Bio cannot be longer than 1,000 characters";
    public static final String BAD_LIMIT = "Daily message limit must be null or a number greater than or equal to 1";
    public static final String PASSWORD_NOT_TEXT = "\"value\" must be a string";
    public static final String NOT_FOUND = UserDirectory.NOT_FOUND;
    public static final String NO_UPDATES = "No valid updates applied.";
    public static final String WRONG_CURRENT_PASSWORD = "The current password is not correct.";
    public static final String PASSWORDS_DIFFER = "Passwords do not match";

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

    /** USER-CREATE: the new user, or the first rule broken, checked in the contract's order. */
    @Transactional
    public Outcome<User> create(NewUser account) {
        String username = account.username();
        if (!(account.password() instanceof PasswordInput.Given password)) {
            return Outcome.refused(PASSWORD_NOT_TEXT);
        }
        Optional<String> problem = passwords.violation(password.value(), username)
                .or(() -> UsernameRules.violation(username));
        if (problem.isPresent()) {
            return Outcome.refused(problem.get());
        }
        // USER-CREATE takes the role only as a string naming one (a JSON null role fails).
        Optional<Role> role = account.role().isEmpty() ? Optional.of(Role.DEFAULT)
                : account.role().filter(RoleChoice.Named.class::isInstance).flatMap(RoleChoice::stored);
        if (role.isEmpty()) {
            return Outcome.refused(INVALID_ROLE);
        }
        if (account.bio().length() > 1000) {
            return Outcome.refused(BIO_TOO_LONG);
        }
        if (account.dailyMessageLimit() instanceof DailyLimit.Invalid) {
            return Outcome.refused(BAD_LIMIT);
        }
        String hash = hashing.hash(password.value());
        users.lockUsernames();
        if (users.byUsername(username).isPresent()) {
            return Outcome.refused(UsernameRules.TAKEN);
        }
        User user = new User(username, hash, role.get(), clock.instant());
        user.setBio(account.bio());
        user.setDailyMessageLimit(account.dailyMessageLimit().stored());
        em.persist(user);
        em.flush();
        return Outcome.done(user);
    }

    /**
     * USER-UPDATE (contract 5.0): each change validated, then written with one {@code user_updated} event
     * naming the target user. Beyond AnythingLLM, a new password or a suspension ends every earlier
     * session of that user.
     */
    @Transactional
    public Outcome<User> update(int targetId, UserChanges changes) {
        return update(targetId, changes, Optional.empty());
    }

    /**
     * E19: the signed-in user changes their own username, password or bio (never role, suspension or
     * limit). A new password ends the user's other sessions and keeps {@code currentSession}, the one that
     * asked (ASVS 7.4.3).
     */
    @Transactional
    public ProfileUpdate updateOwnProfile(User me, ProfileChanges profile, Optional<String> currentSession) {
        Optional<String> username = profile.username().filter(name -> !name.equals(me.getUsername()));
        if (username.isPresent()) {
            Optional<String> invalid = UsernameRules.violation(username.get());
            if (invalid.isPresent()) {
                return new ProfileUpdate.InvalidUsername(invalid.get());
            }
        }
        UserChanges changes = UserChanges.none().withUsername(username).withPassword(profile.password())
                .withBio(profile.bio());
        if (changes.isEmpty()) {
            return new ProfileUpdate.Saved();
        }
        Outcome<User> updated = update(me.getId(), changes, currentSession);
        return updated.isDone() ? new ProfileUpdate.Saved() : new ProfileUpdate.Refused(updated.error());
    }

    /**
     * The console's change of one's own password: E19's password change, asked only with the current
     * password and the new one typed twice (Gatehouse's addition: E19 itself asks for neither). Keeps
     * {@code currentSession} and ends the user's other sessions, as {@link #updateOwnProfile} does.
     */
    @Transactional
    public ProfileUpdate changeOwnPassword(User me, OwnPasswordChange change, Optional<String> currentSession) {
        User stored = em.find(User.class, me.getId());
        if (stored == null || change.current() == null || !hashing.matches(change.current(), stored.getPassword())) {
            return new ProfileUpdate.WrongCurrentPassword(WRONG_CURRENT_PASSWORD);
        }
        String password = change.password() == null ? "" : change.password();
        if (!password.equals(change.confirmation())) {
            return new ProfileUpdate.Refused(PASSWORDS_DIFFER);
        }
        Outcome<User> updated = update(me.getId(), UserChanges.none().withPassword(Optional.of(password)), currentSession);
        return updated.isDone() ? new ProfileUpdate.Saved() : new ProfileUpdate.Refused(updated.error());
    }

    private Outcome<User> update(int targetId, UserChanges requested, Optional<String> keptSession) {
        User user = em.find(User.class, targetId);
        if (user == null) {
            return Outcome.notFound(NOT_FOUND);
        }
        UserChanges changes = requested.withUsername(requested.username()
                .filter(name -> user.getUsername() == null || !user.getUsername().equals(name)));
        Optional<String> problem = validate(changes);
        if (problem.isPresent()) {
            return Outcome.refused(problem.get());
        }
        if (changes.isEmpty()) {
            return Outcome.refused(NO_UPDATES);
        }
        if (changes.password().isPresent()) {
            Optional<String> weak = passwords.violation(changes.password().get(),
                    changes.username().orElse(user.getUsername()));
            if (weak.isPresent()) {
                return Outcome.refused(weak.get());
            }
        }
        if (changes.username().isPresent()) {
            users.lockUsernames();
        }
        if (changes.username().isPresent() && users.byUsername(changes.username().get())
                .filter(other -> !other.getId().equals(targetId)).isPresent()) {
            return Outcome.refused(UsernameRules.TAKEN);
        }
        JsonObjectBuilder changed = Json.createObjectBuilder();
        boolean suspends = changes.suspended().orElse(false) && user.getSuspended() == 0;
        apply(user, changes, changed);
        if (suspends || changes.password().isPresent() && keptSession.isEmpty()) {
            user.revokeSessions(clock.instant());
        } else if (changes.password().isPresent()) {
            user.revokeSessionsExcept(clock.instant(), keptSession.get());
        }
        events.record(AuditEvent.USER_UPDATED, Json.createObjectBuilder()
                .add("username", user.getUsername())
                .add("changes", changed)
                .build(), user.getId());
        return Outcome.done(user);
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

    /** Steps 5 of USER-UPDATE: username (when changed), role, bio, daily limit, first failure wins. */
    private static Optional<String> validate(UserChanges changes) {
        if (changes.username().isPresent()) {
            Optional<String> problem = UsernameRules.violation(changes.username().get());
            if (problem.isPresent()) {
                return problem;
            }
        }
        if (changes.role().isPresent() && changes.role().get().stored().isEmpty()) {
            return Optional.of(INVALID_ROLE);
        }
        if (changes.bio().isPresent() && changes.bio().get().length() > 1000) {
            return Optional.of(BIO_TOO_LONG);
        }
        if (changes.dailyMessageLimit().filter(DailyLimit.Invalid.class::isInstance).isPresent()) {
            return Optional.of(BAD_LIMIT);
        }
        return Optional.empty();
    }

    /** Writes the changes in USER-UPDATE's field order; "old => new" for each that really changed, never the password. */
    private void apply(User user, UserChanges changes, JsonObjectBuilder changed) {
        changes.username().ifPresent(name -> {
            note(changed, "username", user.getUsername(), name);
            user.setUsername(name);
        });
        changes.password().ifPresent(password -> user.setPassword(hashing.hash(password)));
        changes.pfpFilename().ifPresent(name -> {
            note(changed, "pfpFilename", user.getPfpFilename(), name);
            user.setPfpFilename(name);
        });
        changes.role().flatMap(RoleChoice::stored).ifPresent(role -> {
            note(changed, "role", user.getRole(), role.wireName());
            user.setRole(role);
        });
        changes.suspended().map(suspended -> suspended ? 1 : 0).ifPresent(suspended -> {
            note(changed, "suspended", user.getSuspended(), suspended);
            user.setSuspended(suspended);
        });
        if (changes.dailyMessageLimit().isPresent()) {
            Integer limit = changes.dailyMessageLimit().get().stored();
            note(changed, "dailyMessageLimit", user.getDailyMessageLimit(), limit);
            user.setDailyMessageLimit(limit);
        }
        changes.bio().ifPresent(bio -> {
            note(changed, "bio", user.getBio(), bio);
            user.setBio(bio);
        });
    }

    private static void note(JsonObjectBuilder changed, String field, Object old, Object value) {
        if (!Objects.equals(String.valueOf(old), String.valueOf(value))) {
            changed.add(field, old + " => " + value);
        }
    }
}
