package org.gatehouse.workspaces.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.gatehouse.events.control.AuditEvent;
import org.gatehouse.events.control.EventLogService;
import org.gatehouse.settings.control.SystemSettings;
import org.gatehouse.telemetry.control.Telemetry;
import org.gatehouse.users.entity.Role;
import org.gatehouse.users.entity.User;
import org.gatehouse.workspaces.entity.Workspace;
import org.gatehouse.workspaces.entity.WorkspaceUser;

/** Workspaces and who may enter them (contract E29-E33, E111-E114, visibility 4.5). */
@ApplicationScoped
public class Workspaces {

    /** AnythingLLM's built-in system prompt, used when {@code default_system_prompt} is not set. */
    public static final String BUILT_IN_PROMPT = "Given the following conversation, relevant context, and a follow "
            + "up question, reply with an answer to the current question the user is asking. Return only your "
            + "response to the question given the above information following the users instructions as needed.";

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "gatehouse")
    EntityManager em;

    @Inject
    SystemSettings settings;

    @Inject
    EventLogService events;

    @Inject
    Event<WorkspaceDeleted> deletions;

    @Inject
    Clock clock;

    @Inject
    Telemetry telemetry;

    public List<Workspace> all() {
        return em.createQuery("SELECT w FROM Workspace w ORDER BY w.id", Workspace.class).getResultList();
    }

    public Optional<Workspace> byId(int id) {
        return Optional.ofNullable(em.find(Workspace.class, id));
    }

    public Optional<Workspace> bySlug(String slug) {
        return em.createNamedQuery(Workspace.BY_SLUG, Workspace.class).setParameter("slug", slug).getResultStream().findFirst();
    }

    /** The workspaces the caller may see (4.5): all of them, except for a default user in multi-user mode. */
    public List<Workspace> visibleTo(Optional<User> caller) {
        if (caller.isEmpty() || !Role.DEFAULT.wireName().equals(caller.get().getRole())) {
            return all();
        }
        return em.createQuery("SELECT w FROM Workspace w WHERE w.id IN "
                        + "(SELECT m.workspaceId FROM WorkspaceUser m WHERE m.userId = :user) ORDER BY w.id", Workspace.class)
                .setParameter("user", caller.get().getId()).getResultList();
    }

    /** One workspace's visibility (4.5), answered with one membership lookup instead of listing every workspace. */
    public boolean isVisibleTo(Workspace workspace, Optional<User> caller) {
        if (caller.isEmpty() || !Role.DEFAULT.wireName().equals(caller.get().getRole())) {
            return true;
        }
        return memberUserIds(workspace.getId()).contains(caller.get().getId());
    }

    /** The member user ids of one workspace. */
    public List<Integer> memberUserIds(int workspaceId) {
        return em.createQuery("SELECT m.userId FROM WorkspaceUser m WHERE m.workspaceId = :w ORDER BY m.id", Integer.class)
                .setParameter("w", workspaceId).getResultList();
    }

    /** Member user ids per workspace id, for every workspace (one query). */
    public Map<Integer, List<Integer>> memberIds() {
        return em.createQuery("SELECT m FROM WorkspaceUser m ORDER BY m.id", WorkspaceUser.class).getResultStream()
                .collect(Collectors.groupingBy(WorkspaceUser::getWorkspaceId,
                        Collectors.mapping(WorkspaceUser::getUserId, Collectors.toList())));
    }

    /** Members of one workspace whose user still exists, with their user rows. */
    public List<Object[]> members(int workspaceId) {
        return em.createQuery("SELECT m, u FROM WorkspaceUser m, User u WHERE m.userId = u.id AND m.workspaceId = :w "
                + "ORDER BY m.id", Object[].class).setParameter("w", workspaceId).getResultList();
    }

    /**
     * E31 and E113: a new workspace named {@code name}, its creator (if any) as its first member, and
     * {@code workspace_created} on every path. Empty when the name is missing.
     */
    @Transactional
    public Optional<Workspace> create(String name, Optional<User> creator) {
        return create(name, creator, AuditEvent.WORKSPACE_CREATED);
    }

    /** The same, logging {@code event} ({@code api_workspace_created} on the developer API). */
    @Transactional
    public Optional<Workspace> create(String name, Optional<User> creator, String event) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String trimmedName = name.length() > 255 ? name.substring(0, 255) : name;
        Workspace workspace = new Workspace(trimmedName, uniqueSlug(trimmedName), clock.instant());
        workspace.setChatMode("automatic");
        workspace.setOpenAiPrompt(settings.value("default_system_prompt").orElse(BUILT_IN_PROMPT));
        em.persist(workspace);
        em.flush();
        creator.ifPresent(user -> em.persist(new WorkspaceUser(user.getId(), workspace.getId(), clock.instant())));
        events.record(event, Json.createObjectBuilder().add("workspaceName", workspace.getName()).build(),
                creator.map(User::getId).orElse(null));
        telemetry.send(Telemetry.WORKSPACE_CREATED);
        return Optional.of(workspace);
    }

    private String uniqueSlug(String name) {
        String slug = Slugs.of(name);
        if (slug.isEmpty()) {
            slug = UUID.randomUUID().toString();
        }
        while (bySlug(slug).isPresent()) {
            slug = Slugs.of(name + "-" + (10_000_000 + RANDOM.nextInt(90_000_000)));
        }
        return slug;
    }

    /**
     * E32: the workspace's members become exactly these users. Unlike AnythingLLM, an id that is not a
     * user is an error and nothing changes.
     *
     * @return the error, or empty on success
     */
    @Transactional
    public Optional<String> replaceMembers(int workspaceId, JsonValue userIds) {
        if (em.find(Workspace.class, workspaceId) == null) {
            return Optional.of("Workspace not found");
        }
        Set<Integer> ids = new LinkedHashSet<>();
        if (userIds instanceof JsonArray array) {
            for (JsonValue item : array) {
                if (!(item instanceof JsonNumber number) || !number.isIntegral() || em.find(User.class, number.intValue()) == null) {
                    return Optional.of("Unknown user id: " + item);
                }
                ids.add(number.intValue());
            }
        } else if (userIds != null && userIds != JsonValue.NULL) {
            return Optional.of("userIds must be an array of user ids");
        }
        em.createQuery("DELETE FROM WorkspaceUser m WHERE m.workspaceId = :w").setParameter("w", workspaceId).executeUpdate();
        for (int userId : ids) {
            em.persist(new WorkspaceUser(userId, workspaceId, clock.instant()));
            em.flush(); // ids, and so the listing order, follow the order asked for
        }
        return Optional.empty();
    }

    /** E96: of these ids, those that are users; the rest are dropped, as in AnythingLLM. */
    public List<Integer> existingUsers(JsonArray ids) {
        List<Integer> users = new ArrayList<>();
        for (JsonValue item : ids) {
            if (item instanceof JsonNumber number && number.isIntegral() && em.find(User.class, number.intValue()) != null
                    && !users.contains(number.intValue())) {
                users.add(number.intValue());
            }
        }
        return users;
    }

    /** E96 without {@code reset}: adds the users who are not members yet. */
    @Transactional
    public void addMembers(int workspaceId, List<Integer> userIds) {
        Set<Integer> current = new java.util.HashSet<>(memberUserIds(workspaceId));
        for (int userId : userIds) {
            if (current.add(userId)) {
                em.persist(new WorkspaceUser(userId, workspaceId, clock.instant()));
                em.flush(); // ids, and so the listing order, follow the order asked for
            }
        }
    }

    /**
     * E33 and E114: the deletion sequence of contract 2.3 in one transaction (chats, document vectors,
     * documents, then the workspace, whose memberships and threads cascade) and {@code workspace_deleted};
     * the vector namespace is dropped after the commit.
     */
    @Transactional
    public void delete(Workspace workspace, Optional<User> actor) {
        delete(workspace, actor, AuditEvent.WORKSPACE_DELETED);
    }

    /** The same, logging {@code event} ({@code api_workspace_deleted} on the developer API). */
    @Transactional
    public void delete(Workspace workspace, Optional<User> actor, String event) {
        int id = workspace.getId();
        em.createQuery("DELETE FROM WorkspaceChat c WHERE c.workspaceId = :w").setParameter("w", id).executeUpdate();
        em.createQuery("DELETE FROM DocumentVector v WHERE v.docId IN "
                + "(SELECT d.docId FROM WorkspaceDocument d WHERE d.workspaceId = :w)").setParameter("w", id).executeUpdate();
        em.createQuery("DELETE FROM WorkspaceDocument d WHERE d.workspaceId = :w").setParameter("w", id).executeUpdate();
        em.remove(em.contains(workspace) ? workspace : em.merge(workspace));
        em.flush();
        events.record(event, Json.createObjectBuilder().add("workspaceName", workspace.getName()).build(),
                actor.map(User::getId).orElse(null));
        deletions.fire(new WorkspaceDeleted(workspace.getSlug()));
    }

    /** The threads of a workspace, as E108 and E109 list them. */
    public List<org.gatehouse.workspaces.entity.WorkspaceThread> threads(int workspaceId) {
        return em.createQuery("SELECT t FROM WorkspaceThread t WHERE t.workspaceId = :w ORDER BY t.id",
                org.gatehouse.workspaces.entity.WorkspaceThread.class).setParameter("w", workspaceId).getResultList();
    }

    /** The documents of a workspace, as E112 lists them. */
    public List<org.gatehouse.workspaces.entity.WorkspaceDocument> documents(int workspaceId) {
        return new ArrayList<>(em.createQuery("SELECT d FROM WorkspaceDocument d WHERE d.workspaceId = :w ORDER BY d.id",
                org.gatehouse.workspaces.entity.WorkspaceDocument.class).setParameter("w", workspaceId).getResultList());
    }
}
