package org.gatehouse.users.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.gatehouse.events.control.AuditEvent;
import org.gatehouse.events.control.EventLogService;
import org.gatehouse.platform.control.Outcome;
import org.gatehouse.platform.db.RowTallies;
import org.gatehouse.users.entity.User;

/**
 * What administrators and managers do to users (contract E20-E23, and E87-E90 for the developer API):
 * every action checks the role rules, changes the data in one transaction and records its event.
 */
@ApplicationScoped
public class UserAdministration {

    public static final String NOT_FOUND = UserService.NOT_FOUND;

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

    @Inject
    RowTallies tallies;

    /** E20, E87, E99: every user in id order, read a batch at a time (the first one now). */
    public ListedUsers everyUser() {
        return users.listed(5_000);
    }

    /** The user with this id. */
    public Optional<User> find(int id) {
        return users.byId(id);
    }

    /** E21: the role selection rule, then USER-CREATE, then {@code user_created}. */
    @Transactional
    public Outcome<User> create(User actor, NewUser account) {
        Optional<String> refused = rules.roleSelection(actor, account.role());
        if (refused.isPresent()) {
            return Outcome.refused(refused.get());
        }
        Outcome<User> created = userService.create(account);
        if (created instanceof Outcome.Done<User> done) {
            events.record(AuditEvent.USER_CREATED, Json.createObjectBuilder()
                    .add("userName", done.value().getUsername()).add("createdBy", actor.getUsername()).build(),
                    actor.getId());
        }
        return created;
    }

    /** E88: the developer API's create: any role, no event (as in AnythingLLM). */
    @Transactional
    public Outcome<User> createByApi(NewUser account) {
        return userService.create(account);
    }

    /** E22: may modify, role selection, last active admin, then USER-UPDATE. */
    @Transactional
    public Outcome<User> update(User actor, int targetId, UserChanges changes) {
        Optional<User> target = users.byId(targetId);
        if (target.isEmpty()) {
            return Outcome.notFound(NOT_FOUND);
        }
        Optional<String> refused = rules.canModify(actor, target.get())
                .or(() -> rules.roleSelection(actor, changes.role()))
                .or(() -> rules.keepsAnAdmin(target.get(), changes));
        return refused.<Outcome<User>>map(Outcome::refused).orElseGet(() -> userService.update(targetId, changes));
    }

    /** E89: the developer API's update: no caller, so only the last-active-admin rule, then USER-UPDATE. */
    @Transactional
    public Outcome<User> updateByApi(int targetId, UserChanges changes) {
        Optional<User> target = users.byId(targetId);
        if (target.isEmpty()) {
            return Outcome.notFound(NOT_FOUND);
        }
        Optional<String> refused = rules.keepsAnAdmin(target.get(), changes);
        return refused.<Outcome<User>>map(Outcome::refused).orElseGet(() -> userService.update(targetId, changes));
    }

    /** E90: the developer API's delete, last active admin kept (unlike AnythingLLM's /v1); {@code api_user_deleted}. */
    @Transactional
    public Outcome<User> deleteByApi(int targetId) {
        Optional<User> target = users.byId(targetId);
        if (target.isEmpty()) {
            return Outcome.notFound(NOT_FOUND);
        }
        Optional<String> refused = rules.keepsAnActiveAdminWithout(target.get());
        if (refused.isPresent()) {
            return Outcome.refused(refused.get());
        }
        if (!remove(target.get())) {
            return Outcome.notFound(NOT_FOUND);
        }
        events.record(AuditEvent.API_USER_DELETED, Json.createObjectBuilder()
                .add("userName", target.get().getUsername()).build(), null);
        return Outcome.done(target.get());
    }

    /** E23: may modify, last active admin; the database cascades the user's dependent rows (contract 2.3). */
    @Transactional
    public Outcome<User> delete(User actor, int targetId) {
        Optional<User> target = users.byId(targetId);
        if (target.isEmpty()) {
            return Outcome.notFound(NOT_FOUND);
        }
        Optional<String> refused = rules.canModify(actor, target.get())
                .or(() -> rules.keepsAnActiveAdminWithout(target.get()));
        if (refused.isPresent()) {
            return Outcome.refused(refused.get());
        }
        if (!remove(target.get())) {
            return Outcome.notFound(NOT_FOUND);
        }
        events.record(AuditEvent.USER_DELETED, Json.createObjectBuilder()
                .add("userName", target.get().getUsername()).add("deletedBy", actor.getUsername()).build(),
                actor.getId());
        return Outcome.done(target.get());
    }

    /**
     * Deletes the user's row; false when a concurrent request deleted it first. Both requests read the
     * user, but the second's delete waits on the first's row lock and then removes nothing: counting the
     * rows lets it answer "User not found" instead of a second success and a second deletion event (an
     * entity remove does not tell). The database cascades the dependent rows (contract 2.3).
     */
    private boolean remove(User user) {
        tallies.beforeDeleting(RowTallies.Subject.WORKSPACE_CHATS); // the user's chats cascade
        return em.createQuery("DELETE FROM User u WHERE u.id = :id").setParameter("id", user.getId()).executeUpdate() == 1;
    }
}
