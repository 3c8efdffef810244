package org.gatehouse.chats.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.gatehouse.platform.db.NamedLocksFixture;
import org.gatehouse.events.control.EventsFixture;
import org.gatehouse.platform.control.PageRequest;
import org.gatehouse.testing.TestDatabase;
import org.gatehouse.testsupport.MutableClock;
import org.gatehouse.users.control.UsersFixture;
import org.gatehouse.users.entity.Role;
import org.gatehouse.users.entity.User;
import org.gatehouse.workspaces.control.WorkspacesFixture;
import org.gatehouse.workspaces.entity.Workspace;
import org.gatehouse.workspaces.entity.WorkspaceChat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The review's filters, one chat, the logged clearing and the export document, on a real database. */
class ChatReviewTest {

    private static final Instant NOW = Instant.parse("2026-04-01T09:00:00Z");
    private final MutableClock clock = MutableClock.at(NOW);
    private TestDatabase db;
    private EntityManager em;
    private ChatHistory history;
    private int alpha;
    private int beta;
    private User dan;
    private User eve;

    @BeforeEach
    void wire() {
        open(TestDatabase.Kind.DERBY);
    }

    private void open(TestDatabase.Kind kind) {
        db = TestDatabase.migrated(kind);
        em = db.entityManagerFactory().createEntityManager();
        history = new ChatHistory();
        history.em = em;
        history.events = EventsFixture.eventLog(em, clock);
        history.workspaces = WorkspacesFixture.lookups(em);
        history.users = UsersFixture.directory(em);
        history.tallies = NamedLocksFixture.rowTallies(em);
        dan = UsersFixture.persist(em, "dan", Role.DEFAULT, NOW);
        eve = UsersFixture.persist(em, "eve", Role.DEFAULT, NOW);
        TestDatabase.inTransaction(em, () -> {
            Workspace a = new Workspace("Alpha", "alpha", NOW);
            Workspace b = new Workspace("Beta", "beta", NOW);
            em.persist(a);
            em.persist(b);
            em.flush();
            alpha = a.getId();
            beta = b.getId();
            chat(alpha, dan, "a-dan-1");
            chat(alpha, eve, "a-eve");
            chat(beta, dan, "b-dan");
            chat(alpha, dan, "a-dan-2");
            return null;
        });
    }

    @AfterEach
    void close() {
        em.close();
        db.close();
    }

    static List<TestDatabase.Kind> databases() {
        return TestDatabase.kinds();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aFilterSelectsByWorkspaceByUserOrBothNewestFirst(TestDatabase.Kind kind) {
        close();
        open(kind);
        assertEquals(List.of("a-dan-2", "b-dan", "a-eve", "a-dan-1"), prompts(ChatHistory.ChatFilter.ALL, 0, 20));
        assertEquals(List.of("a-dan-2", "a-eve", "a-dan-1"), prompts(filter(alpha, null), 0, 20));
        assertEquals(List.of("a-dan-2", "b-dan", "a-dan-1"), prompts(filter(null, dan.getId()), 0, 20));
        assertEquals(List.of("a-dan-2", "a-dan-1"), prompts(filter(alpha, dan.getId()), 0, 20));
        assertEquals(List.of("a-dan-1"), prompts(filter(alpha, dan.getId()), 1, 1), "the second page of one");
        ChatHistory.Page page = history.page(filter(alpha, dan.getId()), new PageRequest(5, 1));
        assertEquals(List.of(), page.chats());
        assertEquals(2, page.total(), "the total is the filter's, past the end too");
        assertEquals(0, history.page(filter(beta, eve.getId()), new PageRequest(0, 20)).total());
    }

    @Test
    void oneChatWithItsWorkspaceAndAuthor() {
        int id = history.page(filter(beta, null), new PageRequest(0, 1)).chats().get(0).chat().getId();
        ChatEntry entry = history.entry(id).orElseThrow();
        assertEquals("Beta", entry.workspace().orElseThrow().getName());
        assertEquals("dan", entry.author());
        assertTrue(history.entry(999_999).isEmpty());
    }

    @Test
    void clearingDeletesEveryChatAndRecordsHowMany() {
        int deleted = TestDatabase.inTransaction(em, () -> history.clear(dan.getId()));
        assertEquals(4, deleted);
        assertEquals(0, history.page(new PageRequest(0, 20)).total());
        assertEquals(List.of("workspace_chats_cleared {\"count\":4} " + dan.getId()), EventsFixture.recorded(em,
                event -> event.getEvent() + " " + event.getMetadata() + " " + event.getUserId()));
    }

    @Test
    void deletingOneIdDeletesThatChatAndMinusOneClears() {
        int newest = history.page(new PageRequest(0, 1)).chats().get(0).chat().getId();
        TestDatabase.inTransaction(em, () -> {
            history.delete(newest, null);
            return null;
        });
        assertEquals(3, history.page(new PageRequest(0, 20)).total());
        assertTrue(EventsFixture.recorded(em, event -> event.getEvent()).isEmpty(), "deleting one chat is not logged");
        TestDatabase.inTransaction(em, () -> {
            history.delete(-1, null);
            return null;
        });
        assertEquals(0, history.page(new PageRequest(0, 20)).total());
        assertEquals(List.of("workspace_chats_cleared"), EventsFixture.recorded(em, event -> event.getEvent()));
    }

    @Test
    void theExportIsOneDocumentOldestFirst() throws IOException {
        StringWriter csv = new StringWriter();
        history.export(ChatExportFormat.CSV, csv);
        List<String> lines = csv.toString().lines().toList();
        assertEquals("id,username,workspace,prompt,response,sent_at,rating", lines.get(0));
        assertEquals(5, lines.size());
        assertTrue(lines.get(1).contains("\"dan\",\"Alpha\",\"a-dan-1\",\"hi\""), lines.get(1));
        StringWriter json = new StringWriter();
        history.export(ChatExportFormat.JSON_ALPACA, json);
        assertTrue(json.toString().startsWith("[{") && json.toString().endsWith("}]"), json.toString());
        assertEquals(4, json.toString().split("\"input\"").length - 1);
    }

    private void chat(int workspace, User user, String prompt) {
        em.persist(new WorkspaceChat(workspace, user.getId(), prompt, "{\"text\":\"hi\"}", clock.instant()));
        em.flush();
    }

    private static ChatHistory.ChatFilter filter(Integer workspace, Integer user) {
        return new ChatHistory.ChatFilter(Optional.ofNullable(workspace), Optional.ofNullable(user));
    }

    private List<String> prompts(ChatHistory.ChatFilter filter, int page, int size) {
        return history.page(filter, new PageRequest(page, size)).chats().stream().map(e -> e.chat().getPrompt()).toList();
    }
}
