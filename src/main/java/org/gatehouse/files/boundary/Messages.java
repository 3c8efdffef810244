package org.gatehouse.files.boundary;

import jakarta.ws.rs.core.Response;
import org.gatehouse.files.control.StoredImages;
import org.gatehouse.platform.json.WireObject;

/** The {@code {"message": ...}} bodies of the picture and logo endpoints. */
final class Messages {

    private Messages() {
    }

    static Response message(int status, String message) {
        return Response.status(status).type(WireObject.JSON_UTF8)
                .entity(WireObject.create().put("message", message).build()).build();
    }

    static Response refused(StoredImages.Refusal refusal, int maxBytes) {
        return message(refusal == StoredImages.Refusal.TOO_LARGE ? 413 : 400, refusal.message(maxBytes));
    }
}
