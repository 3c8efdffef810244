package org.gatehouse.workspaces.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.gatehouse.events.control.EventLogService;
import org.gatehouse.platform.control.Outcome;
import org.gatehouse.platform.control.PageRequest;
import org.gatehouse.platform.db.RowTallies;
import org.gatehouse.settings.control.Configuration;
import org.gatehouse.settings.control.SystemSettings;
import org.gatehouse.telemetry.control.Telemetry;
import org.gatehouse.users.entity.Role;
import org.gatehouse.users.entity.User;
import org.gatehouse.workspaces.entity.Workspace;
import org.gatehouse.workspaces.entity.WorkspaceDocument;
import org.gatehouse.workspaces.entity.WorkspaceThread;
import org.gatehouse.workspaces.entity.WorkspaceUser;

/** Workspaces and who may enter them (contract E29-E33, E111-E114, visibility 4.5). */
@ApplicationScoped
public class Workspaces {

    /**
     * AnythingLLM's built-in system prompt ({@code SystemSettings.saneDefaultSystemPrompt}), used when
     * {@code default_system_prompt} is not set; {@code {datetime}} is a prompt variable, stored as written.
     */
    public static final String BUILT_IN_PROMPT = "Given the following conversation, relevant context, and a follow "
            + "up question, reply with an answer to the current question the user is asking. The current date and "
            + "time is {datetime}. Return only your response to the question given the above information following "
            + "the users instructions as needed.";

    /** The name of a workspace created without one where the origin allows it (contract 2.1). */
    public static final String DEFAULT_NAME = "My Workspace";

    static final int MAX_NAME_LENGTH = 255;

    /** AnythingLLM's {@code workspaceDeletionProtection} answer (contract 1.5). */
    public static final String DELETION_BLOCKED = "Workspace deletion is blocked by the system administrator.";

    static final String NAME_MISSING = "name cannot be null";

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
    RowTallies tallies;

    @Inject
    Clock clock;

    @Inject
    Telemetry telemetry;

    @Inject
    Configuration configuration;

    /** Every workspace, oldest first. */
    public List<Workspace> all() {
        return em.createQuery("SELECT w FROM Workspace w ORDER BY w.id", Workspace.class).getResultList();
    }

    /**
     * One page of the workspaces whose name contains {@code search} (any case; blank: every workspace), by
     * name, with their member counts: three bounded queries whatever the number of workspaces or members.
     */
    public WorkspaceListing listed(String search, PageRequest page) {
        String pattern = "%" + likeEscaped(search == null ? "" : search.strip().toLowerCase(java.util.Locale.ROOT)) + "%";
        long total = em.createQuery("SELECT COUNT(w) FROM Workspace w WHERE LOWER(w.name) LIKE :pattern ESCAPE '\\'",
                Long.class).setParameter("pattern", pattern).getSingleResult();
        List<Workspace> found = em.createQuery("SELECT w FROM Workspace w WHERE LOWER(w.name) LIKE :pattern ESCAPE '\\' "
                        + "ORDER BY LOWER(w.name), w.id", Workspace.class).setParameter("pattern", pattern)
                .setFirstResult((int) Math.min(page.firstRow(), Integer.MAX_VALUE)).setMaxResults(page.size()).getResultList();
        Map<Integer, Long> counts = found.isEmpty() ? Map.of() : em.createQuery("SELECT m.workspaceId, COUNT(m) "
                        + "FROM WorkspaceUser m WHERE m.workspaceId IN :ids GROUP BY m.workspaceId", Object[].class)
                .setParameter("ids", found.stream().map(Workspace::getId).toList()).getResultStream()
                .collect(Collectors.toMap(row -> (Integer) row[0], row -> ((Number) row[1]).longValue()));
        return new WorkspaceListing(found.stream().map(w -> new ListedWorkspace(w.getId(), w.getName(), w.getSlug(),
                w.getCreatedAt(), counts.getOrDefault(w.getId(), 0L))).toList(), total, page);
    }

    /**
     * Users who could join a workspace, those whose username contains {@code search} (blank: all), by
     * username, at most {@code limit}, each with whether they are a member now.
     */
    public List<MemberCandidate> memberCandidates(int workspaceId, String search, int limit) {
        String pattern = "%" + likeEscaped(search == null ? "" : search.strip().toLowerCase(java.util.Locale.ROOT)) + "%";
        Set<Integer> members = new HashSet<>(memberUserIds(workspaceId));
        return em.createQuery("SELECT u FROM User u WHERE LOWER(u.username) LIKE :pattern ESCAPE '\\' ORDER BY u.username",
                        User.class).setParameter("pattern", pattern).setMaxResults(limit).getResultStream()
                .map(user -> new MemberCandidate(user.getId(), user.getUsername(), user.getRole(), members.contains(user.getId())))
                .toList();
    }

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /**
     * Renames a workspace; its slug, and so every link to it, stays. The name follows the administration
     * paths' rule for a new workspace (E31): required, cut to 255 characters.
     */
    @Transactional
    public Outcome<Workspace> rename(int workspaceId, String name) {
        Workspace workspace = em.find(Workspace.class, workspaceId);
        if (workspace == null) {
            return Outcome.notFound("Workspace not found");
        }
        Optional<String> named = nameFor(Optional.ofNullable(name), Origin.ADMINISTRATION);
        if (named.isEmpty()) {
            return Outcome.refused(NAME_MISSING);
        }
        workspace.setName(named.get());
        return Outcome.done(workspace);
    }

    /** Whether {@code WORKSPACE_DELETION_PROTECTION} blocks every workspace deletion now. */
    public boolean deletionProtected() {
        return configuration.workspaceDeletionProtected();
    }

    /** {@link #delete} unless deletion protection blocks it, as every delete endpoint's guard refuses it. */
    @Transactional
    public Outcome<Void> deleteUnlessProtected(Workspace workspace, Optional<User> actor, Origin origin) {
        if (deletionProtected()) {
            return Outcome.refused(DELETION_BLOCKED);
        }
        delete(workspace, actor, origin);
        return Outcome.done(null);
    }

    /** The workspace with this id. */
    public Optional<Workspace> byId(int id) {
        return Optional.ofNullable(em.find(Workspace.class, id));
    }

    /** The workspace with this slug. */
    public Optional<Workspace> bySlug(String slug) {
        return em.createNamedQuery(Workspace.BY_SLUG, Workspace.class).setParameter("slug", slug).getResultStream().findFirst();
    }

    /** The workspaces the caller may see (4.5): all of them, except for a default user in multi-user mode. */
    public List<Workspace> visibleTo(Optional<User> caller) {
        if (caller.isEmpty() || !caller.get().is(Role.DEFAULT)) {
            return all();
        }
        return em.createQuery("SELECT w FROM Workspace w WHERE w.id IN "
                        + "(SELECT m.workspaceId FROM WorkspaceUser m WHERE m.userId = :user) ORDER BY w.id", Workspace.class)
                .setParameter("user", caller.get().getId()).getResultList();
    }

    /** The workspaces this user is a member of, oldest first. */
    public List<Workspace> ofMember(int userId) {
        return em.createQuery("SELECT w FROM Workspace w WHERE w.id IN "
                        + "(SELECT m.workspaceId FROM WorkspaceUser m WHERE m.userId = :user) ORDER BY w.id", Workspace.class)
                .setParameter("user", userId).getResultList();
    }

    /** How many workspaces {@link #visibleTo} would list, counted in the database. */
    public long countVisibleTo(Optional<User> caller) {
        if (caller.isEmpty() || !caller.get().is(Role.DEFAULT)) {
            return em.createQuery("SELECT COUNT(w) FROM Workspace w", Long.class).getSingleResult();
        }
        return em.createQuery("SELECT COUNT(DISTINCT m.workspaceId) FROM WorkspaceUser m WHERE m.userId = :user "
                        + "AND m.workspaceId IN (SELECT w.id FROM Workspace w)", Long.class)
                .setParameter("user", caller.get().getId()).getSingleResult();
    }

    /** One workspace's visibility (4.5), answered with one membership lookup instead of listing every workspace. */
    public boolean isVisibleTo(Workspace workspace, Optional<User> caller) {
        if (caller.isEmpty() || !caller.get().is(Role.DEFAULT)) {
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

    /** E30 and E94: the members of one workspace whose user still exists, in the order they joined. */
    public List<Member> members(int workspaceId) {
        return members(workspaceId, "m.id");
    }

    /** E112: the membership rows of one workspace, in the order they were written. */
    public List<WorkspaceUser> memberships(int workspaceId) {
        return em.createQuery("SELECT m FROM WorkspaceUser m WHERE m.workspaceId = :w ORDER BY m.id", WorkspaceUser.class)
                .setParameter("w", workspaceId).getResultList();
    }

    private List<Member> members(int workspaceId, String order) {
        return em.createQuery("SELECT m, u FROM WorkspaceUser m, User u WHERE m.userId = u.id AND m.workspaceId = :w "
                        + "ORDER BY " + order, Object[].class).setParameter("w", workspaceId).getResultStream()
                .map(row -> {
                    WorkspaceUser membership = (WorkspaceUser) row[0];
                    User user = (User) row[1];
                    return new Member(user.getId(), user.getUsername(), user.getRole(), membership.getLastUpdatedAt());
                }).toList();
    }

    /**
     * E112: the workspace with its documents, if it exists and the caller may see it (4.5); a default user's
     * view also carries the membership rows, as AnythingLLM's {@code getWithUser} includes them.
     */
    public Optional<OpenedWorkspace> open(String slug, Optional<User> caller) {
        return bySlug(slug).filter(workspace -> isVisibleTo(workspace, caller)).map(workspace -> new OpenedWorkspace(workspace,
                documents(workspace.getId()),
                caller.filter(user -> user.is(Role.DEFAULT)).map(user -> memberships(workspace.getId()))));
    }

    /**
     * E31, E107 and E113: a new workspace, its creator (if any) as its first member, and the origin's
     * creation event. Refused without a name unless the origin names unnamed workspaces.
     */
    @Transactional
    public Outcome<Workspace> create(NewWorkspace request) {
        Optional<String> name = nameFor(request.name(), request.origin());
        if (name.isEmpty()) {
            return Outcome.refused(NAME_MISSING);
        }
        Workspace workspace = new Workspace(name.get(), uniqueSlug(name.get()), clock.instant());
        workspace.setChatMode("automatic");
        workspace.setOpenAiPrompt(settings.value("default_system_prompt").orElse(BUILT_IN_PROMPT));
        em.persist(workspace);
        em.flush();
        request.creator().ifPresent(user -> em.persist(new WorkspaceUser(user.getId(), workspace.getId(), clock.instant())));
        events.record(request.origin().createdEvent(), Json.createObjectBuilder().add("workspaceName", workspace.getName()).build(),
                request.creator().map(User::getId).orElse(null));
        telemetry.send(Telemetry.WORKSPACE_CREATED);
        return Outcome.done(workspace);
    }

    /**
     * The name a new workspace gets: the one asked for, cut to 255 characters; without one (or a blank one),
     * {@link #DEFAULT_NAME} where the origin names unnamed workspaces, else none.
     */
    static Optional<String> nameFor(Optional<String> asked, Origin origin) {
        return asked.filter(name -> !name.isBlank())
                .map(Workspaces::cutName)
                .or(() -> origin.namesUnnamed() ? Optional.of(DEFAULT_NAME) : Optional.empty());
    }

    /** {@code name} cut to {@link #MAX_NAME_LENGTH}, never between the two halves of a surrogate pair. */
    static String cutName(String name) {
        if (name.length() <= MAX_NAME_LENGTH) {
            return name;
        }
        int end = Character.isHighSurrogate(name.charAt(MAX_NAME_LENGTH - 1)) ? MAX_NAME_LENGTH - 1 : MAX_NAME_LENGTH;
        return name.substring(0, end);
    }

    private String uniqueSlug(String name) {
        String slug = Slugs.of(name);
        if (slug.isEmpty()) {
            slug = UUID.randomUUID().toString();
        }
        while (bySlug(slug).isPresent()) {
            slug = Slugs.numbered(Slugs.of(name), 10_000_000 + RANDOM.nextInt(90_000_000));
        }
        return slug;
    }

    /**
     * E32 and E95: the workspace's members become exactly these users, in this order. Unlike AnythingLLM,
     * an id that is not a user is refused and nothing changes.
     */
    @Transactional
    public Outcome<Void> replaceMembers(int workspaceId, List<Integer> userIds) {
        if (em.find(Workspace.class, workspaceId) == null) {
            return Outcome.notFound("Workspace not found");
        }
        for (int userId : userIds) {
            if (em.find(User.class, userId) == null) {
                return Outcome.refused("Unknown user id: " + userId);
            }
        }
        em.createQuery("DELETE FROM WorkspaceUser m WHERE m.workspaceId = :w").setParameter("w", workspaceId).executeUpdate();
        for (int userId : new LinkedHashSet<>(userIds)) {
            em.persist(new WorkspaceUser(userId, workspaceId, clock.instant()));
            em.flush(); // ids, and so the listing order, follow the order asked for
        }
        return Outcome.done(null);
    }

    /**
     * E96: of the ids asked for, those that are users become members, replacing every member when
     * {@code reset} is set, otherwise joining those already there; refused when none is a user.
     */
    @Transactional
    public ManagedMembers manageMembers(int workspaceId, List<Integer> userIds, boolean reset) {
        if (em.find(Workspace.class, workspaceId) == null) {
            return new ManagedMembers(Outcome.notFound("Workspace not found"), List.of());
        }
        List<Integer> users = userIds.stream().distinct().filter(userId -> em.find(User.class, userId) != null).toList();
        if (users.isEmpty()) {
            return new ManagedMembers(Outcome.refused("No valid user IDs provided."), membersByUserId(workspaceId));
        }
        if (reset) {
            return new ManagedMembers(replaceMembers(workspaceId, users), membersByUserId(workspaceId));
        }
        Set<Integer> current = new HashSet<>(memberUserIds(workspaceId));
        for (int userId : users) {
            if (current.add(userId)) {
                em.persist(new WorkspaceUser(userId, workspaceId, clock.instant()));
                em.flush(); // membership ids follow the order asked for
            }
        }
        return new ManagedMembers(Outcome.done(null), membersByUserId(workspaceId));
    }

    /** E96's listing: AnythingLLM's {@code workspaceUsers} reads the users by id, so members come in user-id order. */
    public List<Member> membersByUserId(int workspaceId) {
        return members(workspaceId, "u.id, m.id");
    }

    /**
     * E33, E110 and E114: the deletion sequence of contract 2.3 in one transaction (chats, document vectors,
     * documents, then the workspace, whose memberships and threads cascade) and the origin's deletion event;
     * the vector namespace is dropped after the commit.
     */
    @Transactional
    public void delete(Workspace workspace, Optional<User> actor, Origin origin) {
        int id = workspace.getId();
        tallies.beforeDeleting(RowTallies.Subject.WORKSPACE_CHATS);
        em.createQuery("DELETE FROM WorkspaceChat c WHERE c.workspaceId = :w").setParameter("w", id).executeUpdate();
        em.createQuery("DELETE FROM DocumentVector v WHERE v.docId IN "
                + "(SELECT d.docId FROM WorkspaceDocument d WHERE d.workspaceId = :w)").setParameter("w", id).executeUpdate();
        em.createQuery("DELETE FROM WorkspaceDocument d WHERE d.workspaceId = :w").setParameter("w", id).executeUpdate();
        em.remove(em.contains(workspace) ? workspace : em.merge(workspace));
        em.flush();
        events.record(origin.deletedEvent(), Json.createObjectBuilder().add("workspaceName", workspace.getName()).build(),
                actor.map(User::getId).orElse(null));
        deletions.fire(new WorkspaceDeleted(workspace.getSlug()));
    }

    /** The threads of a workspace, as E108 and E109 list them. */
    public List<WorkspaceThread> threads(int workspaceId) {
        return em.createQuery("SELECT t FROM WorkspaceThread t WHERE t.workspaceId = :w ORDER BY t.id",
                WorkspaceThread.class).setParameter("w", workspaceId).getResultList();
    }

    /** The documents of a workspace, as E112 lists them. */
    public List<WorkspaceDocument> documents(int workspaceId) {
        return new ArrayList<>(em.createQuery("SELECT d FROM WorkspaceDocument d WHERE d.workspaceId = :w ORDER BY d.id",
                WorkspaceDocument.class).setParameter("w", workspaceId).getResultList());
    }
}
