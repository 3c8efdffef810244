package org.gatehouse.platform.web;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import java.io.IOException;

/**
 * A request body that ends in {@link RequestBodyTooLargeException} once more than {@code limit} bytes were
 * asked of it: a chunked body declares no length, so it is counted while it is read. It never reads more
 * than one byte past the limit.
 */
final class BoundedServletInputStream extends ServletInputStream {

    private final ServletInputStream body;
    private final long limit;
    private long read;
    private boolean exceeded;

    BoundedServletInputStream(ServletInputStream body, long limit) {
        this.body = body;
        this.limit = limit;
    }

    /** Whether the body went past the limit. */
    boolean exceeded() {
        return exceeded;
    }

    @Override
    public int read() throws IOException {
        refuseIfExceeded();
        int next = body.read();
        if (next >= 0) {
            count(1);
        }
        return next;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        refuseIfExceeded();
        if (length == 0) {
            return 0;
        }
        // One byte past the limit is enough to know, and the rest is never asked of the connection.
        int allowed = (int) Math.min(length, limit - read + 1);
        int count = body.read(buffer, offset, allowed);
        if (count > 0) {
            count(count);
        }
        return count;
    }

    @Override
    public long skip(long bytes) throws IOException {
        refuseIfExceeded();
        long skipped = body.skip(Math.min(bytes, limit - read + 1));
        count(skipped);
        return skipped;
    }

    @Override
    public int available() throws IOException {
        return exceeded ? 0 : body.available();
    }

    @Override
    public boolean isFinished() {
        return body.isFinished();
    }

    @Override
    public boolean isReady() {
        return body.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
        body.setReadListener(listener);
    }

    @Override
    public void close() throws IOException {
        body.close();
    }

    private void count(long bytes) throws RequestBodyTooLargeException {
        read += bytes;
        if (read > limit) {
            exceeded = true;
            throw new RequestBodyTooLargeException(limit);
        }
    }

    private void refuseIfExceeded() throws RequestBodyTooLargeException {
        if (exceeded) {
            throw new RequestBodyTooLargeException(limit);
        }
    }
}
