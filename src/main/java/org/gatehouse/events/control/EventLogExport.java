package org.gatehouse.events.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.gatehouse.platform.text.CsvCell;
import org.gatehouse.events.entity.EventLog;
import org.gatehouse.platform.json.Timestamps;

/** Streams the audit log as CSV or a JSON array, a batch of rows at a time. */
@ApplicationScoped
public class EventLogExport {

    static final int BATCH = 1000;

    @Inject
    EventLogService log;

    public enum Format {
        CSV("csv", "text/csv;charset=utf-8"),
        JSON("json", "application/json;charset=utf-8");

        private final String extension;
        private final String mediaType;

        Format(String extension, String mediaType) {
            this.extension = extension;
            this.mediaType = mediaType;
        }

        public String extension() {
            return extension;
        }

        public String mediaType() {
            return mediaType;
        }

        public static Optional<Format> of(String name) {
            return Arrays.stream(values()).filter(f -> f.extension.equals(name)).findFirst();
        }
    }

    @Transactional
    public void recordExport(Format format, EventLogService.Filter filter, Integer actorId) {
        JsonObjectBuilder metadata = Json.createObjectBuilder().add("format", format.extension());
        if (filter.events().size() == 1) {
            metadata.add("event", filter.events().get(0));
        } else if (filter.events().size() > 1) {
            metadata.add("events", Json.createArrayBuilder(filter.events()));
        }
        if (filter.userId() != null) {
            metadata.add("userId", filter.userId());
        }
        if (filter.ip() != null) {
            metadata.add("ip", filter.ip());
        }
        if (filter.from() != null) {
            metadata.add("from", Timestamps.format(filter.from()));
        }
        if (filter.to() != null) {
            metadata.add("to", Timestamps.format(filter.to()));
        }
        log.record(AuditEvent.EVENT_LOGS_EXPORTED, metadata.build(), actorId);
    }

    public void write(Format format, EventLogService.Filter filter, OutputStream output) throws IOException {
        Writer out = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8), 64 * 1024);
        out.write(format == Format.CSV ? "id,event,metadata,userId,occurredAt\n" : "[");
        boolean[] first = {true};
        log.forEach(filter, BATCH, event -> {
            try {
                out.write(format == Format.CSV ? csv(event) : (first[0] ? "" : ",") + json(event));
                first[0] = false;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        if (format == Format.JSON) {
            out.write("]");
        }
        out.flush();
    }

    private static String csv(EventLog event) {
        return event.getId() + "," + CsvCell.of(event.getEvent()) + "," + CsvCell.of(event.getMetadata()) + ","
                + (event.getUserId() == null ? "" : event.getUserId()) + "," + Timestamps.format(event.getOccurredAt()) + "\n";
    }

    private static String json(EventLog event) {
        return Json.createObjectBuilder().add("id", event.getId()).add("event", event.getEvent())
                .add("metadata", event.getMetadata() == null ? JsonValue.NULL : Json.createValue(event.getMetadata()))
                .add("userId", event.getUserId() == null ? JsonValue.NULL : Json.createValue(event.getUserId()))
                .add("occurredAt", Timestamps.format(event.getOccurredAt())).build().toString();
    }

}
