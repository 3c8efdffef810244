package org.gatehouse.users.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.gatehouse.events.control.AuditEvent;
import org.gatehouse.events.control.EventLogService;
import org.gatehouse.users.entity.User;

/**
 * What administrators and managers do to users (contract E20-E23): every action checks the role rules,
 * changes the data in one transaction and records its event.
 */
@ApplicationScoped
public class UserAdministration {

    public static final String NOT_FOUND = "User not found";

    @PersistenceContext(unitName = "gatehouse")
    EntityManager em;

    @Inject
    UserDirectory users;

    @Inject
    UserService userService;

    @Inject
    RoleRules rules;

    @Inject
    EventLogService events;

    /** The answer of a create: the new user or the first rule broken. */
    public record Created(User user, String error) {
    }

    /** The answer of an update or delete: null error on success. */
    public record Outcome(String error) {
        public boolean success() {
            return error == null;
        }
    }

    /** E20: every user, a batch at a time. */
    public void forEachUser(java.util.function.Consumer<ListedUser> sink) {
        users.forEachListed(5_000, sink);
    }

    /** E21: the role selection rule, then USER-CREATE, then {@code user_created}. */
    @Transactional
    public Created create(User actor, JsonObject body) {
        Optional<String> refused = rules.roleSelection(actor, body);
        if (refused.isPresent()) {
            return new Created(null, refused.get());
        }
        UserService.Created created = userService.create(body);
        if (created.user() == null) {
            return new Created(null, created.error());
        }
        events.record(AuditEvent.USER_CREATED, Json.createObjectBuilder()
                .add("userName", created.user().getUsername()).add("createdBy", actor.getUsername()).build(),
                actor.getId());
        return new Created(created.user(), null);
    }

    /** E22: may modify, role selection, last active admin, then USER-UPDATE. */
    @Transactional
    public Outcome update(User actor, int targetId, JsonObject body) {
        Optional<User> target = users.byId(targetId);
        if (target.isEmpty()) {
            return new Outcome(NOT_FOUND);
        }
        Optional<String> refused = rules.canModify(actor, target.get())
                .or(() -> rules.roleSelection(actor, body))
                .or(() -> rules.keepsAnAdmin(target.get(), body));
        if (refused.isPresent()) {
            return new Outcome(refused.get());
        }
        UserService.Updated updated = userService.update(targetId, body);
        return new Outcome(updated.success() ? null : updated.error());
    }

    /** E89: the developer API's update: no caller, so only the last-active-admin rule, then USER-UPDATE. */
    @Transactional
    public Outcome updateByApi(int targetId, JsonObject body) {
        Optional<User> target = users.byId(targetId);
        if (target.isEmpty()) {
            return new Outcome(NOT_FOUND);
        }
        Optional<String> refused = rules.keepsAnAdmin(target.get(), body);
        if (refused.isPresent()) {
            return new Outcome(refused.get());
        }
        UserService.Updated updated = userService.update(targetId, body);
        return new Outcome(updated.success() ? null : updated.error());
    }

    /** E90: the developer API's delete, last active admin kept (unlike AnythingLLM's /v1); {@code api_user_deleted}. */
    @Transactional
    public Outcome deleteByApi(int targetId) {
        Optional<User> target = users.byId(targetId);
        if (target.isEmpty()) {
            return new Outcome(NOT_FOUND);
        }
        Optional<String> refused = rules.keepsAnActiveAdminWithout(target.get());
        if (refused.isPresent()) {
            return new Outcome(refused.get());
        }
        String username = target.get().getUsername();
        em.remove(target.get());
        em.flush();
        events.record(AuditEvent.API_USER_DELETED, Json.createObjectBuilder().add("userName", username).build(), null);
        return new Outcome(null);
    }

    /** E23: may modify, last active admin; the database cascades the user's dependent rows (contract 2.3). */
    @Transactional
    public Outcome delete(User actor, int targetId) {
        Optional<User> target = users.byId(targetId);
        if (target.isEmpty()) {
            return new Outcome(NOT_FOUND);
        }
        Optional<String> refused = rules.canModify(actor, target.get())
                .or(() -> rules.keepsAnActiveAdminWithout(target.get()));
        if (refused.isPresent()) {
            return new Outcome(refused.get());
        }
        String username = target.get().getUsername();
        em.remove(target.get());
        em.flush();
        events.record(AuditEvent.USER_DELETED, Json.createObjectBuilder()
                .add("userName", username).add("deletedBy", actor.getUsername()).build(), actor.getId());
        return new Outcome(null);
    }
}
