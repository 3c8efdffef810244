package org.gatehouse.system.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gatehouse.platform.config.EnvVar;
import org.gatehouse.settings.control.Configuration;
import org.gatehouse.settings.control.SystemSettings;

/** What AnythingLLM's {@code GET /api/utils/metrics} reports about the instance and its disk. */
@ApplicationScoped
public class InstanceMetrics {

    private static final double GIGABYTE = 1e9;

    @Inject
    SystemSettings settings;

    @Inject
    Configuration configuration;

    /** The instance as the web client's footer sees it; the disk sizes are null when unreadable. */
    public record Metrics(boolean multiUser, String vectorDb, Long freeGigabytes, Long capacityGigabytes) {
    }

    /** The mode, the vector database ({@code lancedb} unless configured) and the root file system. */
    public Metrics current() {
        String vectorDb = configuration.nonEmpty(EnvVar.VECTOR_DB).orElse("lancedb");
        Long free = null;
        Long capacity = null;
        try {
            FileStore root = Files.getFileStore(Path.of("/"));
            free = gigabytes(root.getUsableSpace());
            capacity = gigabytes(root.getTotalSpace());
        } catch (IOException | SecurityException unreadable) {
            // AnythingLLM answers nulls when it cannot read the disk; so does Gatehouse.
        }
        return new Metrics(settings.isMultiUserMode(), vectorDb, free, capacity);
    }

    private static long gigabytes(long bytes) {
        return (long) Math.floor(bytes / GIGABYTE);
    }
}
