package org.gatehouse.users.boundary;

import org.gatehouse.console.boundary.FacesTexts;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.gatehouse.apikeys.control.ApiKeys;
import org.gatehouse.apikeys.entity.ApiKey;
import org.gatehouse.auth.control.Authorization;
import org.gatehouse.auth.control.LoginThrottle;
import org.gatehouse.auth.control.Sessions;
import org.gatehouse.console.boundary.ConsolePage;
import org.gatehouse.events.control.EventLogService;
import org.gatehouse.events.entity.EventLog;
import org.gatehouse.platform.control.Outcome;
import org.gatehouse.platform.rest.PathIds;
import org.gatehouse.users.control.DailyLimit;
import org.gatehouse.users.control.RoleChoice;
import org.gatehouse.users.control.RoleRules;
import org.gatehouse.users.control.UserAdministration;
import org.gatehouse.users.control.UserChanges;
import org.gatehouse.users.entity.Role;
import org.gatehouse.users.entity.User;
import org.gatehouse.workspaces.control.Workspaces;
import org.gatehouse.workspaces.entity.Workspace;

/**
 * One user ({@code /admin/users/<id>}): profile, edit, suspend, delete, end all sessions, lockout and
 * unlock, the user's workspaces, API keys and recent events. Every action is the control method REST
 * calls, under the same role rules; the action buttons are plain {@code name="op"} submits read by
 * {@link #act()} (see {@link UsersPage} for why).
 */
@Named
@RequestScoped
public class UserDetailsPage {

    static final int RECENT_EVENTS = 20;

    @Inject
    UserAdministration administration;

    @Inject
    Sessions sessions;

    @Inject
    LoginThrottle throttle;

    @Inject
    RoleRules rules;

    @Inject
    Authorization authorization;

    @Inject
    Workspaces workspaces;

    @Inject
    ApiKeys apiKeys;

    @Inject
    EventLogService events;

    @Inject
    HttpServletRequest request;

    private Optional<Integer> id;
    private User user;
    private boolean confirmingDelete;
    private String deletedName;

    private String role;
    private String password;
    private String bio;
    private String dailyMessageLimit;

    @PostConstruct
    void readAddress() {
        id = PathIds.parse(String.valueOf(request.getAttribute(ConsolePage.PATH_PARAMETER)));
        user = id.flatMap(administration::find).orElse(null);
        if (user != null) {
            role = user.getRole();
            bio = user.getBio();
            dailyMessageLimit = user.getDailyMessageLimit() == null ? "" : String.valueOf(user.getDailyMessageLimit());
        }
    }

    /** Whether the address names a user that exists (or existed until this request deleted it). */
    public boolean isFound() {
        return user != null;
    }

    public User getUser() {
        return user;
    }

    /** The action form's submit, and the page's 404 when there is no such user. */
    public void act() {
        if (user == null) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
            return;
        }
        String op = request.getParameter("op");
        Optional<User> me = authorization.user();
        if (op == null || me.isEmpty() || !"POST".equals(request.getMethod())) {
            return;
        }
        switch (op) {
            case "suspend" -> report(administration.update(me.get(), user.getId(), UserChanges.none().withSuspended(true)),
                    "user.suspendedMessage");
            case "unsuspend" -> report(administration.update(me.get(), user.getId(), UserChanges.none().withSuspended(false)),
                    "user.unsuspendedMessage");
            case "end-sessions" -> report(sessions.revokeFor(me.get(), user.getId()), "user.sessionsEnded");
            case "unlock" -> report(throttle.unlock(me.get(), user.getId()), "user.unlocked");
            case "delete" -> confirmingDelete = true;
            case "delete-confirmed" -> {
                Outcome<User> deleted = administration.delete(me.get(), user.getId());
                if (deleted.isDone()) {
                    deletedName = user.getUsername();
                    FacesTexts.info(FacesTexts.text("user.deletedMessage", deletedName));
                } else {
                    FacesTexts.error(null, deleted.error());
                }
            }
            default -> FacesTexts.error(null, FacesTexts.text("users.bulk.unknown"));
        }
    }

    private void report(Outcome<User> outcome, String doneKey) {
        if (outcome.isDone()) {
            FacesTexts.info(FacesTexts.text(doneKey, user.getUsername()));
            reload();
        } else {
            FacesTexts.error(null, outcome.error());
        }
    }

    private void reload() {
        user = administration.find(user.getId()).orElse(null);
        if (user != null) {
            role = user.getRole();
            bio = user.getBio();
        }
    }

    /** USER-UPDATE with the fields that changed; a refusal goes next to the field it concerns. */
    public void save() {
        Optional<User> me = authorization.user();
        if (user == null || me.isEmpty()) {
            return;
        }
        UserChanges changes = UserChanges.none();
        if (role != null && !role.equals(user.getRole())) {
            changes = Role.fromWire(role).map(changes::withRole).orElse(changes);
        }
        if (password != null && !password.isEmpty()) {
            changes = changes.withPassword(Optional.of(password));
        }
        String newBio = bio == null ? "" : bio;
        if (!newBio.equals(user.getBio() == null ? "" : user.getBio())) {
            changes = changes.withBio(Optional.of(newBio));
        }
        DailyLimit limit = limitOf(dailyMessageLimit);
        if (!Objects.equals(limit.stored(), user.getDailyMessageLimit()) || limit instanceof DailyLimit.Invalid) {
            changes = changes.withDailyMessageLimit(limit);
        }
        Outcome<User> saved = administration.update(me.get(), user.getId(), changes);
        password = null;
        if (saved.isDone()) {
            FacesTexts.info(FacesTexts.text("user.saved", user.getUsername()));
            reload();
            dailyMessageLimit = user.getDailyMessageLimit() == null ? "" : String.valueOf(user.getDailyMessageLimit());
            return;
        }
        String field = switch (PageMessages.fieldOf(saved.error())) {
            case ROLE -> "edit:role";
            case PASSWORD -> "edit:password";
            case BIO -> "edit:bio";
            case LIMIT -> "edit:limit";
            default -> null;
        };
        FacesTexts.error(field, saved.error());
    }

    /** The limit field: blank is unlimited, a whole number of at least 1 a limit, anything else invalid. */
    static DailyLimit limitOf(String text) {
        if (text == null || text.isBlank()) {
            return DailyLimit.unlimited();
        }
        try {
            int messages = Integer.parseInt(text.strip());
            return messages >= 1 ? new DailyLimit.Limit(messages) : new DailyLimit.Invalid();
        } catch (NumberFormatException notANumber) {
            return new DailyLimit.Invalid();
        }
    }

    /** Whether the caller may act on this user at all (a manager never on an admin). */
    public boolean isMayModify() {
        return user != null && authorization.user().map(me -> rules.canModify(me, user).isEmpty()).orElse(false);
    }

    /** The roles this caller may give. */
    public List<Role> getAssignableRoles() {
        return authorization.user().map(me -> java.util.Arrays.stream(Role.values())
                .filter(r -> rules.roleSelection(me, Optional.of(RoleChoice.named(r))).isEmpty()).toList())
                .orElse(List.of());
    }

    public boolean isConfirmingDelete() {
        return confirmingDelete;
    }

    /** The name of the user this request deleted; null otherwise. */
    public String getDeletedName() {
        return deletedName;
    }

    public boolean isDeleted() {
        return deletedName != null;
    }

    public Optional<LoginThrottle.Lockout> lockout() {
        return user == null ? Optional.empty() : throttle.lockoutOf(user.getUsername());
    }

    public boolean isLockedOut() {
        return lockout().isPresent();
    }

    public String getLockoutText() {
        return lockout().map(lock -> FacesTexts.text("user.lockedUntil", FacesTexts.when(lock.lockedUntil()),
                lock.failures())).orElse("");
    }

    public List<Workspace> getWorkspaces() {
        return user == null ? List.of() : workspaces.ofMember(user.getId());
    }

    public List<ApiKey> getApiKeys() {
        return user == null ? List.of() : apiKeys.createdBy(user.getId());
    }

    /** A key as lists show it: its public prefix, never the secret. */
    public String masked(ApiKey key) {
        return (key.getSecretPrefix() == null ? "" : key.getSecretPrefix()) + "••••••••";
    }

    public List<EventLog> getRecentEvents() {
        return user == null ? List.of() : events.recentFor(user.getId(), RECENT_EVENTS);
    }

    public String when(Instant instant) {
        return FacesTexts.when(instant);
    }

    public String getLimitText() {
        return user == null || user.getDailyMessageLimit() == null ? FacesTexts.text("user.unlimited")
                : String.valueOf(user.getDailyMessageLimit());
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getBio() {
        return bio;
    }

    public void setBio(String bio) {
        this.bio = bio;
    }

    public String getDailyMessageLimit() {
        return dailyMessageLimit;
    }

    public void setDailyMessageLimit(String dailyMessageLimit) {
        this.dailyMessageLimit = dailyMessageLimit;
    }
}
