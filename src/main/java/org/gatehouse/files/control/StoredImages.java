package org.gatehouse.files.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.gatehouse.files.entity.StoredFile;
import org.gatehouse.platform.config.EnvVar;
import org.gatehouse.settings.control.Configuration;

/**
 * Uploaded images (profile pictures, logos) in the database: checked by content, limited in size, stored
 * under a generated {@code <uuid><ext>} name so no client-chosen name is ever used.
 */
@ApplicationScoped
public class StoredImages {

    public static final int DEFAULT_MAX_BYTES = 2 * 1024 * 1024;

    /** Why an upload was refused, with the words the API and the console show for it. */
    public enum Refusal {
        TOO_LARGE, NOT_AN_IMAGE;

        public String message(int maxBytes) {
            return this == TOO_LARGE ? "The picture is larger than " + maxBytes + " bytes."
                    : "Only PNG, JPEG, GIF and WebP pictures are accepted.";
        }
    }

    /** The stored image, or why it was refused. */
    public record Stored(StoredFile file, Refusal refusal) {
    }

    @PersistenceContext(unitName = "gatehouse")
    EntityManager em;

    @Inject
    Configuration configuration;

    @Inject
    Clock clock;

    public int maxBytes() {
        return configuration.intValue(EnvVar.GATEHOUSE_IMAGE_MAX_BYTES, DEFAULT_MAX_BYTES);
    }

    public Optional<StoredFile> find(String kind, String name) {
        if (name == null) {
            return Optional.empty();
        }
        return em.createNamedQuery(StoredFile.BY_NAME, StoredFile.class)
                .setParameter("kind", kind).setParameter("name", name).getResultStream().findFirst();
    }

    /** Stores the image in the caller's transaction, or says why not. */
    public Stored store(String kind, byte[] content) {
        if (content.length > maxBytes()) {
            return new Stored(null, Refusal.TOO_LARGE);
        }
        Optional<ImageType> type = ImageType.sniff(content);
        if (type.isEmpty()) {
            return new Stored(null, Refusal.NOT_AN_IMAGE);
        }
        StoredFile file = new StoredFile(kind, UUID.randomUUID() + type.get().extension(), type.get().mediaType(),
                content, clock.instant());
        em.persist(file);
        return new Stored(file, null);
    }

    public void delete(String kind, String name) {
        find(kind, name).ifPresent(em::remove);
    }
}
