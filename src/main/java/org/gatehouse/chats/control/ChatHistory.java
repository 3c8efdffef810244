package org.gatehouse.chats.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.gatehouse.events.control.AuditEvent;
import org.gatehouse.events.control.EventLogService;
import org.gatehouse.platform.control.PageRequest;
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

    /** One page, newest first, each chat with its workspace and author; a page past the last chat is empty. */
    public Page page(PageRequest request) {
        long total = em.createQuery("SELECT COUNT(c) FROM WorkspaceChat c", Long.class).getSingleResult();
        // JPA offsets are ints; no table holds 2^31 chats, so a page beyond that is past the end.
        if (request.size() == 0 || request.firstRow() >= total || request.firstRow() > Integer.MAX_VALUE) {
            return new Page(List.of(), total);
        }
        List<WorkspaceChat> chats = em.createQuery("SELECT c FROM WorkspaceChat c ORDER BY c.id DESC", WorkspaceChat.class)
                .setFirstResult((int) request.firstRow()).setMaxResults(request.size()).getResultList();
        return new Page(entries(chats, new HashMap<>()), total);
    }

    /** E58: {@code -1} deletes every chat. */
    @Transactional
    public void delete(int id) {
        if (id == -1) {
            em.createQuery("DELETE FROM WorkspaceChat c").executeUpdate();
        } else {
            em.createQuery("DELETE FROM WorkspaceChat c WHERE c.id = :id").setParameter("id", id).executeUpdate();
        }
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
