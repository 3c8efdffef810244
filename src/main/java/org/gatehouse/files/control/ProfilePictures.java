package org.gatehouse.files.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.gatehouse.files.entity.StoredFile;
import org.gatehouse.users.control.UserService;
import org.gatehouse.users.entity.User;

/** Profile pictures (contract E60-E62). */
@ApplicationScoped
public class ProfilePictures {

    @Inject
    StoredImages images;

    @Inject
    UserService users;

    public int maxBytes() {
        return images.maxBytes();
    }

    /** The user's current picture, if any. */
    public Optional<StoredFile> of(User user) {
        return images.find(StoredFile.PROFILE_PICTURE, user.getPfpFilename());
    }

    /** Replaces the user's picture in one transaction; empty on success, else the refusal. */
    @Transactional
    public Optional<StoredImages.Refusal> replace(User user, byte[] content) {
        StoredImages.Stored stored = images.store(StoredFile.PROFILE_PICTURE, content);
        if (stored.refusal() != null) {
            return Optional.of(stored.refusal());
        }
        images.delete(StoredFile.PROFILE_PICTURE, user.getPfpFilename());
        users.changePicture(user.getId(), stored.file().getName());
        return Optional.empty();
    }

    /** Removes the user's picture, if any. */
    @Transactional
    public void remove(User user) {
        images.delete(StoredFile.PROFILE_PICTURE, user.getPfpFilename());
        users.changePicture(user.getId(), null);
    }
}
