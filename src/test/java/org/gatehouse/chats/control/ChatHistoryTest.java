package org.gatehouse.chats.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The chat-author rule that the review lists (E57, E97) and the exports (E59, E105) share. */
class ChatHistoryTest {

    private static final Map<Integer, String> USERS = Map.of(7, "dan");

    @Test
    void aChatByAnExistingUserIsTheirs() {
        assertEquals("dan", ChatHistory.author(7, null, USERS));
        assertEquals("dan", ChatHistory.author(7, "session-1", USERS), "the user wins over the API session");
    }

    @Test
    void aChatWithoutAUserFromADeveloperApiSessionIsTheApis() {
        assertEquals("API", ChatHistory.author(null, "session-1", USERS));
        assertEquals("API", ChatHistory.author(8, "session-1", USERS), "a user gone since counts as no user");
    }

    @Test
    void anyOtherChatIsByAnUnknownUser() {
        assertEquals("unknown user", ChatHistory.author(null, null, USERS));
        assertEquals("unknown user", ChatHistory.author(8, null, USERS));
        assertEquals("unknown user", ChatHistory.author(8, null, Map.of()));
    }
}
