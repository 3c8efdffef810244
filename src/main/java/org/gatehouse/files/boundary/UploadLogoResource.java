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
import org.gatehouse.auth.boundary.FlexRoles;
import org.gatehouse.auth.boundary.ValidatedRequest;
import org.gatehouse.files.control.Logos;
import org.gatehouse.users.entity.Role;

/** E63, {@code POST /api/system/upload-logo}: multipart field {@code logo}. */
@Path("system/upload-logo")
@ValidatedRequest
@MultipartForm
@FlexRoles({Role.ADMIN, Role.MANAGER})
public class UploadLogoResource {

    @Inject
    Logos logos;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@FormParam("logo") EntityPart logo) throws IOException {
        byte[] content = null;
        if (logo != null) {
            try (InputStream in = logo.getContent()) {
                content = in.readNBytes(logos.readLimit());
            }
        }
        return logos.upload(logo == null ? Optional.empty() : logo.getFileName(), content)
                .map(refused -> Messages.message(refused.reason() == Logos.Reason.TOO_LARGE ? 413 : 400, refused.message()))
                .orElseGet(() -> Messages.message(200, "Logo uploaded successfully."));
    }
}
