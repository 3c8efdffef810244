package org.gatehouse.files.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.Set;
import org.gatehouse.files.entity.StoredFile;
import org.gatehouse.settings.control.SystemSettings;

/** The instance logo (contract E10, E63, E64): a stored image named by the {@code logo_filename} setting. */
@ApplicationScoped
public class Logos {

    /** AnythingLLM's bundled logo names, which an upload may not claim. */
    public static final Set<String> RESERVED_NAMES =
            Set.of(SystemSettings.DEFAULT_LOGO, "anything-llm-dark.png", "anything-llm-light.png", "anything-llm-infinity.png");

    @Inject
    StoredImages images;

    @Inject
    SystemSettings settings;

    /** The custom logo, if one is set. */
    public Optional<StoredFile> custom() {
        return settings.value(SystemSettings.LOGO_FILENAME)
                .filter(name -> !name.isEmpty() && !RESERVED_NAMES.contains(name))
                .flatMap(name -> images.find(StoredFile.LOGO, name));
    }

    /** Replaces the logo in one transaction; empty on success, else the refusal. */
    @Transactional
    public Optional<StoredImages.Refusal> replace(byte[] content) {
        StoredImages.Stored stored = images.store(StoredFile.LOGO, content);
        if (stored.refusal() != null) {
            return Optional.of(stored.refusal());
        }
        custom().ifPresent(old -> images.delete(StoredFile.LOGO, old.getName()));
        settings.put(SystemSettings.LOGO_FILENAME, stored.file().getName());
        return Optional.empty();
    }

    /** Back to AnythingLLM's default logo. */
    @Transactional
    public void remove() {
        custom().ifPresent(old -> images.delete(StoredFile.LOGO, old.getName()));
        settings.put(SystemSettings.LOGO_FILENAME, SystemSettings.DEFAULT_LOGO);
    }
}
