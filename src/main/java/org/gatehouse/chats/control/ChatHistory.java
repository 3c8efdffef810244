package org.gatehouse.chats.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.gatehouse.events.control.AuditEvent;
import org.gatehouse.events.control.EventLogService;
import org.gatehouse.platform.control.PageRequest;
import org.gatehouse.platform.db.RowTallies;
import org.gatehouse.platform.json.Timestamps;
import org.gatehouse.users.control.UserDirectory;
import org.gatehouse.workspaces.control.Workspaces;
import org.gatehouse.workspaces.entity.Workspace;
import org.gatehouse.workspaces.entity.WorkspaceChat;

/** Chat history review for administrators and managers (contract E57-E59, E97, E105). */
@ApplicationScoped
public class ChatHistory {

    static final int EXPORT_BATCH = 500;

    static final String API_AUTHOR = "API";
    static final String UNKNOWN_AUTHOR = "unknown user";

    @PersistenceContext(unitName = "gatehouse")
    EntityManager em;

    @Inject
    EventLogService events;

    @Inject
    Workspaces workspaces;

    @Inject
    UserDirectory users;

    @Inject
    RowTallies tallies;

    /** One page of chats and the number of chats there are. */
    public record Page(List<ChatEntry> chats, long total) {
    }

    /**
     * Who wrote a chat, as both the review lists and the exports name them (AnythingLLM's {@code whereWithData}
     * and {@code prepareChatsForExport}): the user's name while that user exists, otherwise {@code API} for a
     * developer-API session, otherwise {@code unknown user}.
     */
    static String author(Integer userId, String apiSessionId, Map<Integer, String> usernames) {
        if (userId != null && usernames.containsKey(userId)) {
            return usernames.get(userId);
        }
        return apiSessionId != null ? API_AUTHOR : UNKNOWN_AUTHOR;
    }

    /** Which chats a review shows: those of one workspace, of one user, of both, or (empty) every chat. */
    public record ChatFilter(Optional<Integer> workspaceId, Optional<Integer> userId) {

        public static final ChatFilter ALL = new ChatFilter(Optional.empty(), Optional.empty());
    }

    /** One page, newest first, each chat with its workspace and author; a page past the last chat is empty. */
    public Page page(PageRequest request) {
        return page(ChatFilter.ALL, request);
    }

    /** One page of the chats this filter selects, newest first, with how many it selects. */
    public Page page(ChatFilter filter, PageRequest request) {
        if (filter.equals(ChatFilter.ALL)) {
            // Every chat: counted and placed by the tallies of V13, so any page is as quick as the first.
            RowTallies.IdPage page = tallies.page(RowTallies.Subject.WORKSPACE_CHATS, request);
            List<WorkspaceChat> chats = page.ids().isEmpty() ? List.of() : em.createQuery(
                    "SELECT c FROM WorkspaceChat c WHERE c.id IN :ids ORDER BY c.id DESC", WorkspaceChat.class)
                    .setParameter("ids", page.ids()).getResultList();
            return new Page(entries(chats, new HashMap<>()), page.total());
        }
        String where = (filter.workspaceId().isPresent() ? " AND c.workspaceId = :workspace" : "")
                + (filter.userId().isPresent() ? " AND c.userId = :user" : "");
        var count = em.createQuery("SELECT COUNT(c) FROM WorkspaceChat c WHERE 1 = 1" + where, Long.class);
        filter.workspaceId().ifPresent(id -> count.setParameter("workspace", id));
        filter.userId().ifPresent(id -> count.setParameter("user", id));
        long total = count.getSingleResult();
        // JPA offsets are ints; no table holds 2^31 chats, so a page beyond that is past the end.
        if (request.size() == 0 || request.firstRow() >= total || request.firstRow() > Integer.MAX_VALUE) {
            return new Page(List.of(), total);
        }
        var query = em.createQuery("SELECT c FROM WorkspaceChat c WHERE 1 = 1" + where + " ORDER BY c.id DESC",
                WorkspaceChat.class);
        filter.workspaceId().ifPresent(id -> query.setParameter("workspace", id));
        filter.userId().ifPresent(id -> query.setParameter("user", id));
        List<WorkspaceChat> chats = query.setFirstResult((int) request.firstRow()).setMaxResults(request.size()).getResultList();
        return new Page(entries(chats, new HashMap<>()), total);
    }

    /** One chat with its workspace and author, if it exists. */
    public Optional<ChatEntry> entry(int id) {
        return Optional.ofNullable(em.find(WorkspaceChat.class, id))
                .map(chat -> entries(List.of(chat), new HashMap<>()).get(0));
    }

    /** E58: {@code -1} deletes every chat ({@link #clear}), any other id that chat. */
    @Transactional
    public void delete(int id, Integer actorId) {
        if (id == -1) {
            clear(actorId);
        } else {
            tallies.beforeDeleting(RowTallies.Subject.WORKSPACE_CHATS);
            em.createQuery("DELETE FROM WorkspaceChat c WHERE c.id = :id").setParameter("id", id).executeUpdate();
        }
    }

    /**
     * Deletes every chat and records {@code workspace_chats_cleared} with how many there were (Gatehouse's
     * own event: AnythingLLM clears the history without a trace).
     */
    @Transactional
    public int clear(Integer actorId) {
        tallies.beforeDeleting(RowTallies.Subject.WORKSPACE_CHATS);
        int deleted = em.createQuery("DELETE FROM WorkspaceChat c").executeUpdate();
        events.record(AuditEvent.WORKSPACE_CHATS_CLEARED, Json.createObjectBuilder().add("count", deleted).build(), actorId);
        return deleted;
    }

    /** E59 and E105's document: the format's opening, every chat oldest first a batch at a time, its end. */
    public void export(ChatExportFormat format, Writer out) throws IOException {
        format.begin(out);
        boolean[] first = {true};
        forEachExportRow(row -> {
            format.write(out, row, first[0]);
            first[0] = false;
        });
        format.end(out);
    }

    /**
     * E59 and E105: every chat, oldest first, as an export row, handed to {@code sink} a batch at a time so
     * an export never holds all of them.
     */
    public void forEachExportRow(Consumer<ChatExportFormat.Row> sink) {
        Map<Integer, Optional<Workspace>> seen = new HashMap<>();
        int last = 0;
        while (true) {
            List<WorkspaceChat> batch = em.createQuery("SELECT c FROM WorkspaceChat c WHERE c.id > :last ORDER BY c.id",
                    WorkspaceChat.class).setParameter("last", last).setMaxResults(EXPORT_BATCH).getResultList();
            if (batch.isEmpty()) {
                return;
            }
            entries(batch, seen).forEach(entry -> sink.accept(exportRow(entry)));
            last = batch.get(batch.size() - 1).getId();
            em.clear();
        }
    }

    /** The chats with their workspaces (looked up once each, through {@code seen}) and authors (one query). */
    private List<ChatEntry> entries(List<WorkspaceChat> chats, Map<Integer, Optional<Workspace>> seen) {
        Map<Integer, String> usernames = users.usernames(chats.stream().map(WorkspaceChat::getUserId)
                .filter(Objects::nonNull).distinct().toList());
        return chats.stream().map(chat -> new ChatEntry(chat, seen.computeIfAbsent(chat.getWorkspaceId(), workspaces::byId),
                author(chat.getUserId(), chat.getApiSessionId(), usernames))).toList();
    }

    private static ChatExportFormat.Row exportRow(ChatEntry entry) {
        WorkspaceChat chat = entry.chat();
        return new ChatExportFormat.Row(chat.getId(), entry.author(),
                entry.workspace().map(Workspace::getName).orElse("deleted workspace"),
                entry.workspace().map(Workspace::getOpenAiPrompt).orElse(Workspaces.BUILT_IN_PROMPT),
                chat.getPrompt(), ChatExportFormat.responseText(chat.getResponse()),
                Timestamps.format(chat.getCreatedAt()), chat.getFeedbackScore());
    }

    /** E105: the developer API's export records only its type. */
    @Transactional
    public void recordApiExport(String type) {
        events.record(AuditEvent.EXPORTED_CHATS, Json.createObjectBuilder().add("type", type).build(), null);
    }

    /** E59: the export's type and chat type, with the caller. */
    @Transactional
    public void recordExport(String type, String chatType, Integer actorId) {
        events.record(AuditEvent.EXPORTED_CHATS, Json.createObjectBuilder().add("type", type).add("chatType", chatType).build(),
                actorId);
    }
}
