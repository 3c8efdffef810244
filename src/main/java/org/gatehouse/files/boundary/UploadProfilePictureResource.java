package org.gatehouse.files.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.gatehouse.auth.control.CurrentCaller;
import org.gatehouse.auth.boundary.ValidatedRequest;
import org.gatehouse.files.control.ProfilePictures;
import org.gatehouse.users.entity.User;

/** E61, {@code POST /api/system/upload-pfp}: multipart field {@code file}, a PNG, JPEG, GIF or WebP image. */
@Path("system/upload-pfp")
@ValidatedRequest
@MultipartForm
public class UploadProfilePictureResource {

    @Inject
    CurrentCaller caller;

    @Inject
    ProfilePictures pictures;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@FormParam("file") EntityPart file) throws IOException {
        Optional<User> user = caller.user();
        if (user.isEmpty()) {
            return message(400, "Profile pictures need multi-user mode.");
        }
        if (file == null) {
            return message(400, "File upload failed.");
        }
        byte[] content;
        try (InputStream in = file.getContent()) {
            content = in.readNBytes(pictures.maxBytes() + 1);
        }
        if (content.length == 0) {
            return message(400, "File upload failed.");
        }
        return pictures.replace(user.get(), content)
                .map(refusal -> Messages.refused(refusal, pictures.maxBytes()))
                .orElseGet(() -> message(200, "Profile picture uploaded successfully."));
    }

    private static Response message(int status, String message) {
        return Messages.message(status, message);
    }
}
