package org.gatehouse.chats.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.function.Consumer;
import org.gatehouse.events.control.AuditEvent;
import org.gatehouse.events.control.EventLogService;
import org.gatehouse.workspaces.entity.WorkspaceChat;

/** Chat history review for administrators and managers (contract E57-E59). */
@ApplicationScoped
public class ChatHistory {

    static final int EXPORT_BATCH = 500;

    @PersistenceContext(unitName = "gatehouse")
    EntityManager em;

    @Inject
    EventLogService events;

    public record Page(List<WorkspaceChat> chats, long total) {
    }

    /** One page, newest first ({@code offset} is a page index, as in the contract). */
    public Page page(int pageIndex, int pageSize) {
        long total = em.createQuery("SELECT COUNT(c) FROM WorkspaceChat c", Long.class).getSingleResult();
        List<WorkspaceChat> chats = pageSize <= 0 ? List.of()
                : em.createQuery("SELECT c FROM WorkspaceChat c ORDER BY c.id DESC", WorkspaceChat.class)
                        .setFirstResult(pageIndex * pageSize).setMaxResults(pageSize).getResultList();
        return new Page(chats, total);
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

    /** Hands every chat, oldest first, to {@code sink} in batches, so an export never holds all of them. */
    public void forEachChat(Consumer<WorkspaceChat> sink) {
        int last = 0;
        while (true) {
            List<WorkspaceChat> batch = em.createQuery("SELECT c FROM WorkspaceChat c WHERE c.id > :last ORDER BY c.id",
                    WorkspaceChat.class).setParameter("last", last).setMaxResults(EXPORT_BATCH).getResultList();
            if (batch.isEmpty()) {
                return;
            }
            batch.forEach(sink);
            last = batch.get(batch.size() - 1).getId();
            em.clear();
        }
    }

    /** E105: the developer API's export records only its type. */
    @Transactional
    public void recordApiExport(String type) {
        events.record(AuditEvent.EXPORTED_CHATS, Json.createObjectBuilder().add("type", type).build(), null);
    }

    @Transactional
    public void recordExport(String type, String chatType, Integer actorId) {
        events.record(AuditEvent.EXPORTED_CHATS, Json.createObjectBuilder().add("type", type).add("chatType", chatType).build(),
                actorId);
    }
}
