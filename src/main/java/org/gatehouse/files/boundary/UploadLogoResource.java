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
import org.gatehouse.auth.boundary.FlexRoles;
import org.gatehouse.auth.boundary.ValidatedRequest;
import org.gatehouse.files.control.Logos;
import org.gatehouse.files.control.StoredImages;
import org.gatehouse.users.entity.Role;

/** E63, {@code POST /api/system/upload-logo}: multipart field {@code logo}. */
@Path("system/upload-logo")
@ValidatedRequest
@FlexRoles({Role.ADMIN, Role.MANAGER})
public class UploadLogoResource {

    @Inject
    Logos logos;

    @Inject
    StoredImages images;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@FormParam("logo") EntityPart logo) throws IOException {
        if (logo == null) {
            return Messages.message(400, "No logo file provided.");
        }
        if (logo.getFileName().map(Logos.RESERVED_NAMES::contains).orElse(false)) {
            return Messages.message(400, "Invalid file name. Please choose a different file.");
        }
        byte[] content;
        try (InputStream in = logo.getContent()) {
            content = in.readNBytes(images.maxBytes() + 1);
        }
        if (content.length == 0) {
            return Messages.message(400, "No logo file provided.");
        }
        return logos.replace(content)
                .map(refusal -> Messages.refused(refusal, images.maxBytes()))
                .orElseGet(() -> Messages.message(200, "Logo uploaded successfully."));
    }
}
