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
        return switch (refusal) {
            case TOO_LARGE -> message(413, "The picture is larger than " + maxBytes + " bytes.");
            case NOT_AN_IMAGE -> message(400, "Only PNG, JPEG, GIF and WebP pictures are accepted.");
        };
    }
}
