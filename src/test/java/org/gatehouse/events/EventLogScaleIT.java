package org.gatehouse.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.gatehouse.testing.GatehouseIT;
import org.junit.jupiter.api.Test;

/** A million events: the first and last pages are right, and the export streams every one of them. */
class EventLogScaleIT extends GatehouseIT {

    static final int EVENTS = 1_000_000;
    private static final int PART = 100_000;

    @Test
    void aMillionEvents() throws IOException, InterruptedException {
        // In parts, so no single request outlasts the server's request timeout on two busy cores.
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        for (int first = 0; first < EVENTS; first += PART) {
            api.post("/api/__test__/events/bulk", "{\"count\":" + PART + ",\"first\":" + first + ",\"start\":\""
                    + start.plusMillis(first) + "\"}").expectStatus(204);
        }

        // The server folds the load's million deltas meanwhile: every total read while it does is exact.
        int readWhileFolding = 0;
        for (long end = System.nanoTime() + 120_000_000_000L; controls.crowdedTallies() > 0; readWhileFolding++) {
            assertTrue(System.nanoTime() < end, "the server folded the tallies within two minutes");
            assertEquals(EVENTS, api.post("/api/system/event-logs", "{\"offset\":0}").expectStatus(200).json()
                    .getInt("totalLogs"), "the total while the tallies are folded");
        }
        assertTrue(readWhileFolding > 0, "the totals were read while the folding ran");
        controls.assertInvariants();

        JsonObject first = api.post("/api/system/event-logs", "{\"offset\":0}").expectStatus(200).json();
        assertEquals(EVENTS, first.getInt("totalLogs"));
        List<JsonObject> newest = first.getJsonArray("logs").getValuesAs(JsonObject.class);
        assertEquals("{\"n\":" + (EVENTS - 1) + "}", newest.get(0).getString("metadata"));
        assertEquals("{\"n\":" + (EVENTS - 10) + "}", newest.get(9).getString("metadata"));

        JsonObject last = api.post("/api/system/event-logs", "{\"offset\":" + (EVENTS / 10 - 1) + "}").json();
        List<JsonObject> oldest = last.getJsonArray("logs").getValuesAs(JsonObject.class);
        assertEquals(10, oldest.size());
        assertEquals("{\"n\":9}", oldest.get(0).getString("metadata"));
        assertEquals("{\"n\":0}", oldest.get(9).getString("metadata"));
        assertEquals(false, last.getBoolean("hasPages"));

        // Count the streamed lines without holding them: the export must deliver every event.
        HttpResponse<Stream<String>> export = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + baseUrl.getPort() + "/api/system/event-logs/export?format=csv")).build(),
                HttpResponse.BodyHandlers.ofLines());
        assertEquals(200, export.statusCode());
        AtomicLong lines = new AtomicLong();
        try (Stream<String> body = export.body()) {
            body.forEach(line -> lines.incrementAndGet());
        }
        assertEquals(EVENTS + 2, lines.get(), "the header, a million events, and the export's own event_logs_exported");
    }
}
