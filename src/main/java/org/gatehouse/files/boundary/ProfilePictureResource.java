package org.gatehouse.files.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.gatehouse.auth.control.CurrentCaller;
import org.gatehouse.auth.boundary.ValidatedRequest;
import org.gatehouse.files.control.ProfilePictures;

/**
 * E60, {@code GET /api/system/pfp/:id}: the caller's own picture only (so always 204 in single-user
 * mode); 204 when there is none. Its role guard is {@code flex[<all>]}, which every caller passes.
 */
@Path("system/pfp/{id}")
@ValidatedRequest
public class ProfilePictureResource {

    @Inject
    CurrentCaller caller;

    @Inject
    ProfilePictures pictures;

    @GET
    public Response picture(@PathParam("id") String id) {
        return caller.user()
                .filter(user -> String.valueOf(user.getId()).equals(id))
                .flatMap(pictures::of)
                .flatMap(StoredFileAnswer::of)
                .orElseGet(Response::noContent)
                .build();
    }
}
