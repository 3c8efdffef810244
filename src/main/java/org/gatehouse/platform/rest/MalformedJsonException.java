package org.gatehouse.platform.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.gatehouse.platform.json.WireObject;

/**
 * A request body that is not a JSON object: a 400 with a clear message (AnythingLLM answers 500 here;
 * see docs/compatibility.md). The message never echoes the body, which may hold a password.
 */
public class MalformedJsonException extends WebApplicationException {

    static final String MESSAGE = "The request body is not a valid JSON object.";

    public MalformedJsonException() {
        super(MESSAGE, Response.status(Response.Status.BAD_REQUEST)
                .type(WireObject.JSON_UTF8)
                .entity(WireObject.create().put("success", false).put("error", MESSAGE).build())
                .build());
    }
}
