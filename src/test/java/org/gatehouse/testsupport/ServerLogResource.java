package org.gatehouse.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * What the server logged at WARNING and above since a mark, so a test can prove that a request left no
 * SEVERE record and no stack trace behind. The recorder joins the root logger at the first mark.
 */
@Path("__test__/log")
@Produces(MediaType.APPLICATION_JSON)
public class ServerLogResource {

    private static final int KEPT = 1000;
    private static final Recorder RECORDER = new Recorder();

    /** Installs the recorder (once) and answers the sequence number of the next record. */
    @POST
    @Path("mark")
    public JsonObject mark() {
        RECORDER.install();
        return Json.createObjectBuilder().add("next", RECORDER.next()).build();
    }

    @GET
    @Path("since/{sequence}")
    public JsonArray since(@PathParam("sequence") long sequence) {
        JsonArrayBuilder records = Json.createArrayBuilder();
        for (Recorded record : RECORDER.since(sequence)) {
            records.add(Json.createObjectBuilder()
                    .add("level", record.level())
                    .add("logger", record.logger())
                    .add("message", record.message())
                    .add("thrown", record.thrown()));
        }
        return records.build();
    }

    /**
     * Logs one WARNING through SLF4J from the WAR's own class loader, as Flyway and Shiro do: it reaches the
     * recorder only if the WAR's SLF4J has a provider that hands it to java.util.logging.
     */
    @POST
    @Path("slf4j")
    public JsonObject slf4j(String message) {
        org.slf4j.LoggerFactory.getLogger(SLF4J_PROBE).warn("{}", message);
        return Json.createObjectBuilder().add("logged", message).build();
    }

    /** The logger name {@link #slf4j} logs under. */
    public static final String SLF4J_PROBE = "org.gatehouse.testsupport.Slf4jProbe";

    record Recorded(long sequence, String level, String logger, String message, String thrown) {
    }

    private static final class Recorder extends Handler {

        private final List<Recorded> records = new ArrayList<>();
        private long sequence;
        private boolean installed;

        synchronized void install() {
            if (!installed) {
                setLevel(Level.WARNING);
                Logger.getLogger("").addHandler(this);
                installed = true;
            }
        }

        synchronized long next() {
            return sequence;
        }

        synchronized List<Recorded> since(long from) {
            return records.stream().filter(record -> record.sequence() >= from).toList();
        }

        @Override
        public synchronized void publish(LogRecord record) {
            if (record.getLevel().intValue() < Level.WARNING.intValue()) {
                return;
            }
            Throwable thrown = record.getThrown();
            records.add(new Recorded(sequence++, record.getLevel().getName(), String.valueOf(record.getLoggerName()),
                    String.valueOf(record.getMessage()), thrown == null ? "" : thrown.getClass().getName()));
            if (records.size() > KEPT) {
                records.remove(0);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
