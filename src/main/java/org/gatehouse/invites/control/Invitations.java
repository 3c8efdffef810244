package org.gatehouse.invites.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.gatehouse.events.control.AuditEvent;
import org.gatehouse.events.control.EventLogService;
import org.gatehouse.invites.entity.Invite;
import org.gatehouse.platform.control.Outcome;
import org.gatehouse.platform.crypto.ApiKeyFormat;
import org.gatehouse.platform.json.JsonText;
import org.gatehouse.users.control.UserDirectory;
import org.gatehouse.users.control.UserService;
import org.gatehouse.users.entity.User;
import org.gatehouse.workspaces.entity.Workspace;
import org.gatehouse.workspaces.entity.WorkspaceUser;

/** Invitations (contract E24-E28, E91-E93, lifecycle 6.1). */
@ApplicationScoped
public class Invitations {

    public static final String NOT_FOUND = "Invite not found";
    public static final String INVALID = "Invite not found or is invalid.";
    public static final String UNKNOWN_CODE = "Invite not found.";
    public static final String NO_LONGER_VALID = "Invite is no longer valid.";

    @PersistenceContext(unitName = "gatehouse")
    EntityManager em;

    @Inject
    UserService users;

    @Inject
    UserDirectory directory;

    @Inject
    EventLogService events;

    @Inject
    Clock clock;

    /** E24, E91: every invite, with creators and claimers resolved in one query. */
    public InviteList listed() {
        List<Invite> invites = em.createQuery("SELECT i FROM Invite i ORDER BY i.id", Invite.class).getResultList();
        return new InviteList(invites, directory.usernames(invites.stream()
                .flatMap(invite -> Stream.of(invite.getClaimedBy(), invite.getCreatedBy()))
                .filter(Objects::nonNull).filter(id -> id != 0).distinct().toList()));
    }

    /** E25: a pending invite created by {@code actor}; event {@code invite_created}. */
    @Transactional
    public Invite create(User actor, NewInvite invite) {
        Invite created = insert(actor.getId(), invite);
        events.record(AuditEvent.INVITE_CREATED, Json.createObjectBuilder()
                .add("inviteCode", created.getCode()).add("createdBy", actor.getUsername()).build(), actor.getId());
        return created;
    }

    /** E92: an invite created through the developer API: {@code createdBy} 0, no event. */
    @Transactional
    public Invite createByApi(NewInvite invite) {
        return insert(0, invite);
    }

    /** E26: disables the invite whatever its status; event {@code invite_deleted}. */
    @Transactional
    public Outcome<Invite> deactivate(User actor, int id) {
        Outcome<Invite> disabled = disable(id);
        if (disabled.isDone()) {
            events.record(AuditEvent.INVITE_DELETED, Json.createObjectBuilder()
                    .add("deletedBy", actor.getUsername()).build(), actor.getId());
        }
        return disabled;
    }

    /** E93: disables the invite whatever its status; no event, as in AnythingLLM. */
    @Transactional
    public Outcome<Invite> deactivateByApi(int id) {
        return disable(id);
    }

    /** E27: the invite of a code, if it is still pending. */
    public Outcome<Invite> check(String code) {
        Optional<Invite> invite = em.createNamedQuery(Invite.BY_CODE, Invite.class).setParameter("code", code)
                .getResultStream().findFirst();
        if (invite.isEmpty()) {
            return Outcome.notFound(UNKNOWN_CODE);
        }
        return Invite.PENDING.equals(invite.get().getStatus()) ? Outcome.done(invite.get()) : Outcome.refused(NO_LONGER_VALID);
    }

    /**
     * E28: a new {@code default} user, the claim and the workspace memberships in one transaction. The
     * invite row is locked first, so a code is claimed once even when two people accept it at once.
     */
    @Transactional
    public Outcome<User> accept(InviteClaim claim) {
        Invite invite = em.createNamedQuery(Invite.BY_CODE, Invite.class).setParameter("code", claim.code())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst().orElse(null);
        if (invite == null || !Invite.PENDING.equals(invite.getStatus())) {
            return Outcome.refused(INVALID);
        }
        Outcome<User> created = users.create(claim.account());
        if (!(created instanceof Outcome.Done<User> done)) {
            return created;
        }
        User user = done.value();
        invite.setStatus(Invite.CLAIMED);
        invite.setClaimedBy(user.getId());
        for (int workspaceId : existingWorkspaces(invite.getWorkspaceIds())) {
            em.persist(new WorkspaceUser(user.getId(), workspaceId, clock.instant()));
        }
        events.record(AuditEvent.INVITE_ACCEPTED, Json.createObjectBuilder()
                .add("username", user.getUsername()).build(), user.getId());
        return created;
    }

    private Invite insert(int createdBy, NewInvite invite) {
        Invite created = new Invite(ApiKeyFormat.newKey(), createdBy, invite.workspaceIds(), clock.instant());
        em.persist(created);
        em.flush();
        return created;
    }

    private Outcome<Invite> disable(int id) {
        Invite invite = em.find(Invite.class, id);
        if (invite == null) {
            return Outcome.notFound(NOT_FOUND);
        }
        invite.setStatus(Invite.DISABLED);
        return Outcome.done(invite);
    }

    /** The invite's workspace ids that are whole numbers and still exist (others are dropped, as in 6.1). */
    private Set<Integer> existingWorkspaces(String workspaceIds) {
        Set<Integer> ids = new LinkedHashSet<>();
        for (int id : workspaceIds(workspaceIds)) {
            if (em.find(Workspace.class, id) != null) {
                ids.add(id);
            }
        }
        return ids;
    }

    /**
     * The whole-number workspace ids of an invite's stored JSON text, in order, as a claim reads them;
     * unreadable text names none. Whether those workspaces still exist is not checked here.
     */
    public static List<Integer> workspaceIds(String workspaceIds) {
        List<Integer> ids = new ArrayList<>();
        for (JsonValue item : JsonText.readArray(workspaceIds == null ? "[]" : workspaceIds).orElse(JsonValue.EMPTY_JSON_ARRAY)) {
            if (item instanceof JsonNumber number && number.isIntegral()) {
                ids.add(number.intValue());
            }
        }
        return ids;
    }
}
