package org.gatehouse.platform.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where this node keeps its embedded database: {@code STORAGE_DIR}, by default {@code ./storage}
 * relative to the server's working directory, created when missing.
 */
public final class StorageLocation {

    public static final String DEFAULT = "storage";

    private StorageLocation() {
    }

    /** The absolute storage directory, created if it does not exist yet. */
    public static Path resolve(Environment environment) {
        String configured = environment.get(EnvVar.STORAGE_DIR.name())
                .filter(value -> !value.isBlank())
                .orElse(DEFAULT);
        Path directory = Path.of(configured).toAbsolutePath().normalize();
        try {
            return Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create STORAGE_DIR " + directory, e);
        }
    }
}
