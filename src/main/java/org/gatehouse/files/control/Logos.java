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

    /** Why an upload was refused; TOO_LARGE and NOT_AN_IMAGE are {@link StoredImages}' own. */
    public enum Reason {
        NO_FILE, RESERVED_NAME, TOO_LARGE, NOT_AN_IMAGE
    }

    /** A refused upload, in the words of E63's answer (the API's and the console's). */
    public record Refused(Reason reason, String message) {
    }

    static final String NO_FILE = "No logo file provided.";
    static final String RESERVED_NAME = "Invalid file name. Please choose a different file.";

    /**
     * E63's checks in its order, then the replacement: a file must come, not under one of AnythingLLM's
     * bundled names, not empty, and an image within the size limit by its content. {@code content} may be
     * cut at one byte over the limit: that is enough to know it is too large.
     */
    @Transactional
    public Optional<Refused> upload(Optional<String> fileName, byte[] content) {
        if (content == null) {
            return Optional.of(new Refused(Reason.NO_FILE, NO_FILE));
        }
        if (fileName.map(RESERVED_NAMES::contains).orElse(false)) {
            return Optional.of(new Refused(Reason.RESERVED_NAME, RESERVED_NAME));
        }
        if (content.length == 0) {
            return Optional.of(new Refused(Reason.NO_FILE, NO_FILE));
        }
        return replace(content).map(refusal -> new Refused(
                refusal == StoredImages.Refusal.TOO_LARGE ? Reason.TOO_LARGE : Reason.NOT_AN_IMAGE,
                refusal.message(images.maxBytes())));
    }

    /** The most bytes an upload needs to be read: one over the limit. */
    public int readLimit() {
        return images.maxBytes() + 1;
    }

    /** The stored name of the custom logo (a new one on each upload), if one is set. */
    public Optional<String> customName() {
        return custom().map(StoredFile::getName);
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
