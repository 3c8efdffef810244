package org.gatehouse.workspaces.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.gatehouse.settings.control.Configuration;

/**
 * AnythingLLM's default vector store, LanceDB, keeps a workspace in {@code lancedb/<slug>.lance} under the
 * storage directory; when Gatehouse shares that directory with AnythingLLM, deleting a workspace removes
 * that folder. Nothing outside {@code lancedb/} is ever touched.
 */
@ApplicationScoped
public class LocalLanceDbNamespaces implements VectorNamespaces {

    @Inject
    Configuration configuration;

    @Override
    public void drop(String slug) throws IOException {
        Path root = configuration.storageDirectory().resolve("lancedb").normalize();
        Path namespace = root.resolve(slug + ".lance").normalize();
        if (!namespace.getParent().equals(root) || !Files.exists(namespace)) {
            return;
        }
        try (Stream<Path> files = Files.walk(namespace)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
