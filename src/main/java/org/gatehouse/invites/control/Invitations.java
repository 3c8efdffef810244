package org.gatehouse.invites.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gatehouse.events.control.AuditEvent;
import org.gatehouse.events.control.EventLogService;
import org.gatehouse.invites.entity.Invite;
import org.gatehouse.platform.crypto.ApiKeyFormat;
import org.gatehouse.users.control.UserService;
import org.gatehouse.users.entity.User;
import org.gatehouse.workspaces.entity.Workspace;
import org.gatehouse.workspaces.entity.WorkspaceUser;

/** Invitations (contract E24-E28, lifecycle 6.1). */
@ApplicationScoped
public class Invitations {

    public static final String NOT_FOUND = "Invite not found";
    public static final String INVALID = "Invite not found or is invalid.";

    @PersistenceContext(unitName = "gatehouse")
    EntityManager em;

    @Inject
    UserService users;

    @Inject
    EventLogService events;

    @Inject
    Clock clock;

    public List<Invite> all() {
        return em.createQuery("SELECT i FROM Invite i ORDER BY i.id", Invite.class).getResultList();
    }

    /** E25: a pending invite; its workspace ids are stored as given, as JSON text. */
    @Transactional
    public Invite create(User actor, JsonValue workspaceIds) {
        String ids = workspaceIds == null || workspaceIds == JsonValue.NULL ? "[]" : workspaceIds.toString();
        Invite invite = new Invite(ApiKeyFormat.newKey(), actor.getId(), ids, clock.instant());
        em.persist(invite);
        em.flush();
        events.record(AuditEvent.INVITE_CREATED, Json.createObjectBuilder()
                .add("inviteCode", invite.getCode()).add("createdBy", actor.getUsername()).build(), actor.getId());
        return invite;
    }

    /** E92: an invite created through the developer API: {@code createdBy} 0, no event. */
    @Transactional
    public Invite createByApi(JsonValue workspaceIds) {
        String ids = workspaceIds == null || workspaceIds == JsonValue.NULL ? "[]" : workspaceIds.toString();
        Invite invite = new Invite(ApiKeyFormat.newKey(), 0, ids, clock.instant());
        em.persist(invite);
        em.flush();
        return invite;
    }

    /** E93: disables the invite; false when there is none. No event, as in AnythingLLM. */
    @Transactional
    public boolean deactivateByApi(int id) {
        Invite invite = em.find(Invite.class, id);
        if (invite == null) {
            return false;
        }
        invite.setStatus(Invite.DISABLED);
        return true;
    }

    /** E26: disables the invite whatever its status; the error when there is no such invite. */
    @Transactional
    public Optional<String> deactivate(User actor, String id) {
        Optional<Integer> inviteId = org.gatehouse.platform.rest.PathIds.parse(id);
        if (inviteId.isEmpty()) {
            return Optional.of("Failed to deactivate invite");
        }
        Invite invite = em.find(Invite.class, inviteId.get());
        if (invite == null) {
            return Optional.of(NOT_FOUND);
        }
        invite.setStatus(Invite.DISABLED);
        events.record(AuditEvent.INVITE_DELETED, Json.createObjectBuilder()
                .add("deletedBy", actor.getUsername()).build(), actor.getId());
        return Optional.empty();
    }

    /** E27: the invite by code, if it exists. */
    public Optional<Invite> byCode(String code) {
        return em.createNamedQuery(Invite.BY_CODE, Invite.class).setParameter("code", code).getResultStream().findFirst();
    }

    /**
     * E28: a new {@code default} user, the claim and the workspace memberships in one transaction. The
     * invite row is locked first, so a code is claimed once even when two people accept it at once.
     *
     * @return the error, or empty on success
     */
    @Transactional
    public Optional<String> accept(String code, JsonObject body) {
        Invite invite = em.createNamedQuery(Invite.BY_CODE, Invite.class).setParameter("code", code)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst().orElse(null);
        if (invite == null || !Invite.PENDING.equals(invite.getStatus())) {
            return Optional.of(INVALID);
        }
        // Only the credentials: an invited account is always a default user, whatever the body says.
        var account = Json.createObjectBuilder();
        for (String field : List.of("username", "password")) {
            if (body.containsKey(field)) {
                account.add(field, body.get(field));
            }
        }
        UserService.Created created = users.create(account.build());
        if (created.user() == null) {
            return Optional.of(created.error());
        }
        User user = created.user();
        invite.setStatus(Invite.CLAIMED);
        invite.setClaimedBy(user.getId());
        for (int workspaceId : existingWorkspaces(invite.getWorkspaceIds())) {
            em.persist(new WorkspaceUser(user.getId(), workspaceId, clock.instant()));
        }
        events.record(AuditEvent.INVITE_ACCEPTED, Json.createObjectBuilder()
                .add("username", user.getUsername()).build(), user.getId());
        return Optional.empty();
    }

    /** The invite's workspace ids that are whole numbers and still exist (others are dropped, as in 6.1). */
    private Set<Integer> existingWorkspaces(String workspaceIds) {
        Set<Integer> ids = new LinkedHashSet<>();
        try {
            JsonValue parsed = Json.createReader(new StringReader(workspaceIds == null ? "[]" : workspaceIds)).readValue();
            if (parsed instanceof JsonArray array) {
                for (JsonValue item : array) {
                    if (item instanceof JsonNumber number && number.isIntegral()
                            && em.find(Workspace.class, number.intValue()) != null) {
                        ids.add(number.intValue());
                    }
                }
            }
        } catch (jakarta.json.JsonException unreadable) {
            return Set.of();
        }
        return ids;
    }
}
