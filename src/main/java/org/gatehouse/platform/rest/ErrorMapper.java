package org.gatehouse.platform.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.gatehouse.platform.json.WireObject;
import org.gatehouse.platform.web.RequestBodyTooLargeException;

/**
 * The last line for every error of every endpoint: no stack trace and no internal detail ever reaches a
 * client. HTTP errors without a body answer like Express's {@code sendStatus}: the reason phrase as text.
 * Anything unexpected is logged with a reference the JSON 500 repeats, so an operator can find it.
 */
@Provider
public class ErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ErrorMapper.class.getName());

    @Override
    public Response toResponse(Throwable error) {
        Optional<RequestBodyTooLargeException> tooLarge = cause(error, RequestBodyTooLargeException.class);
        if (tooLarge.isPresent()) {
            // Whatever layer read the body (a reader, a resource, the multipart parser) and wrapped the overrun.
            return Response.status(413)
                    .header("Connection", "close")
                    .type(WireObject.JSON_UTF8)
                    .entity(WireObject.create().put("success", false).put("error", tooLarge.get().getMessage()).build())
                    .build();
        }
        if (error instanceof MalformedJsonException) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .type(WireObject.JSON_UTF8)
                    .entity(WireObject.create().put("success", false).put("error", error.getMessage()).build())
                    .build();
        }
        if (error instanceof WebApplicationException http) {
            Response response = http.getResponse();
            if (response.hasEntity()) {
                return response;
            }
            return statusText(response.getStatus());
        }
        String reference = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected error, reference " + reference, error);
        return Response.serverError()
                .type(WireObject.JSON_UTF8)
                .entity(WireObject.create()
                        .put("success", false)
                        .put("error", "An unexpected error occurred. Reference: " + reference)
                        .build())
                .build();
    }

    private static <T extends Throwable> Optional<T> cause(Throwable error, Class<T> type) {
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return Optional.of(type.cast(cause));
            }
        }
        return Optional.empty();
    }

    /** Status {@code status} with its reason phrase as a text body, like Express's {@code sendStatus}. */
    public static Response statusText(int status) {
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String phrase = type == null ? String.valueOf(status) : type.getReasonPhrase();
        return Response.status(status).type(MediaType.TEXT_PLAIN + ";charset=utf-8").entity(phrase).build();
    }
}
