package org.gatehouse.events.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.gatehouse.events.entity.EventLog;
import org.junit.jupiter.api.Test;

/** An event as the page shows it: metadata as readable pairs, the whole JSON, and anything else as it is. */
class EventRowTest {

    private static EventRow row(String metadata) {
        return EventRow.of(new EventLog("login_event", metadata, 3, Instant.parse("2026-03-14T09:30:00Z")), "jane");
    }

    @Test
    void textIsShownUnquotedAndEverythingElseAsJson() {
        EventRow row = row("{\"ip\":\"203.0.113.7\",\"multiUserMode\":false,\"changes\":{\"role\":\"default => admin\"}}");
        assertEquals(List.of(new EventRow.Pair("ip", "203.0.113.7"), new EventRow.Pair("multiUserMode", "false"),
                new EventRow.Pair("changes", "{\"role\":\"default => admin\"}")), row.pairs());
        assertTrue(row.json().startsWith("{\n"), "pretty-printed: " + row.json());
        assertTrue(row.json().contains("\"ip\": \"203.0.113.7\""));
    }

    @Test
    void metadataThatIsNoObjectIsShownAsStored() {
        assertEquals(List.of(), row("not json").pairs());
        assertEquals("not json", row("not json").json());
        assertEquals("[1,2]", row("[1,2]").json());
        assertEquals("", row(null).json());
    }

    @Test
    void failuresAreRedAndSignInsGreen() {
        assertEquals("badge badge-ok", row("{}").badgeClass());
        assertEquals("badge badge-error", EventRow.of(new EventLog("failed_login_locked_out", "{}", null, Instant.EPOCH), null).badgeClass());
        assertEquals("badge badge-warn", EventRow.of(new EventLog("event_logs_cleared", "{}", null, Instant.EPOCH), null).badgeClass());
        assertEquals("badge", EventRow.of(new EventLog("invite_created", "{}", null, Instant.EPOCH), null).badgeClass());
    }
}
