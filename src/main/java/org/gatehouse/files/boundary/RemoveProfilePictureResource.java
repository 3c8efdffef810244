package org.gatehouse.files.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.gatehouse.auth.control.CurrentCaller;
import org.gatehouse.auth.boundary.ValidatedRequest;
import org.gatehouse.files.control.ProfilePictures;

/** E62, {@code DELETE /api/system/remove-pfp}. */
@Path("system/remove-pfp")
@ValidatedRequest
public class RemoveProfilePictureResource {

    @Inject
    CurrentCaller caller;

    @Inject
    ProfilePictures pictures;

    @DELETE
    public Response remove() {
        return caller.user()
                .map(user -> {
                    pictures.remove(user);
                    return Messages.message(200, "Profile picture removed successfully.");
                })
                .orElseGet(() -> Messages.message(400, "Profile pictures need multi-user mode."));
    }
}
