package org.gatehouse.platform.rest;

/**
 * A request body that is not a JSON object. {@link ErrorMapper} answers it with a 400 and a clear message
 * (AnythingLLM answers 500 here; see docs/compatibility.md). The message never echoes the body, which
 * may hold a password.
 */
public class MalformedJsonException extends RuntimeException {

    static final String MESSAGE = "The request body is not a valid JSON object.";

    public MalformedJsonException() {
        super(MESSAGE, null, false, false);
    }
}
