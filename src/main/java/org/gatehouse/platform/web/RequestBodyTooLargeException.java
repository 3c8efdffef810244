package org.gatehouse.platform.web;

import java.io.IOException;

/**
 * A request body longer than {@link RequestBodyLimitFilter} allows, found while it was read. An
 * {@code IOException}, as any failure of a body stream is; the REST layer answers it with the same 413 the
 * filter sends for a declared length.
 */
public class RequestBodyTooLargeException extends IOException {

    private final long limit;

    public RequestBodyTooLargeException(long limit) {
        super(RequestBodyLimitFilter.message(limit), null);
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this; // an expected client error: nothing to trace
    }
}
