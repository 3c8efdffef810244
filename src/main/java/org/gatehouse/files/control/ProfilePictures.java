package org.gatehouse.files.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.gatehouse.files.entity.StoredFile;
import org.gatehouse.platform.config.EnvVar;
import org.gatehouse.settings.control.Configuration;
import org.gatehouse.users.control.UserService;
import org.gatehouse.users.entity.User;

/**
 * Profile pictures (contract E60-E62), stored in the database under a generated {@code <uuid><ext>}
 * name; the client's file name is never used, so no name can reach outside its place.
 */
@ApplicationScoped
public class ProfilePictures {

    public static final int DEFAULT_MAX_BYTES = 2 * 1024 * 1024;

    @PersistenceContext(unitName = "gatehouse")
    EntityManager em;

    @Inject
    UserService users;

    @Inject
    Configuration configuration;

    @Inject
    Clock clock;

    /** Why an upload was refused. */
    public enum Refusal { TOO_LARGE, NOT_AN_IMAGE }

    public int maxBytes() {
        return configuration.intValue(EnvVar.GATEHOUSE_PFP_MAX_BYTES, DEFAULT_MAX_BYTES);
    }

    /** The user's current picture, if any. */
    public Optional<StoredFile> of(User user) {
        if (user.getPfpFilename() == null) {
            return Optional.empty();
        }
        return em.createNamedQuery(StoredFile.BY_NAME, StoredFile.class)
                .setParameter("kind", StoredFile.PROFILE_PICTURE)
                .setParameter("name", user.getPfpFilename())
                .getResultStream().findFirst();
    }

    /** Replaces the user's picture in one transaction; empty on success, else the refusal. */
    @Transactional
    public Optional<Refusal> replace(User user, byte[] content) {
        if (content.length > maxBytes()) {
            return Optional.of(Refusal.TOO_LARGE);
        }
        Optional<ImageType> type = ImageType.sniff(content);
        if (type.isEmpty()) {
            return Optional.of(Refusal.NOT_AN_IMAGE);
        }
        of(user).ifPresent(em::remove);
        String name = UUID.randomUUID() + type.get().extension();
        em.persist(new StoredFile(StoredFile.PROFILE_PICTURE, name, type.get().mediaType(), content, clock.instant()));
        users.changePicture(user.getId(), name);
        return Optional.empty();
    }

    /** Removes the user's picture, if any. */
    @Transactional
    public void remove(User user) {
        of(user).ifPresent(em::remove);
        users.changePicture(user.getId(), null);
    }
}
