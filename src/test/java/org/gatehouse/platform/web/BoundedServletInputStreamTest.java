package org.gatehouse.platform.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class BoundedServletInputStreamTest {

    @Test
    void aBodyUpToTheLimitReadsWhole() throws IOException {
        BoundedServletInputStream body = new BoundedServletInputStream(new EndlessBody(10), 10);
        assertArrayEquals(new byte[10], body.readAllBytes());
        assertFalse(body.exceeded());
    }

    @Test
    void oneByteBeyondTheLimitIsRefused() {
        BoundedServletInputStream body = new BoundedServletInputStream(new EndlessBody(11), 10);
        RequestBodyTooLargeException refused = assertThrows(RequestBodyTooLargeException.class, body::readAllBytes);
        assertEquals(10, refused.limit());
        assertEquals("The request body is larger than the limit of 10 bytes.", refused.getMessage());
        assertTrue(body.exceeded());
        assertThrows(RequestBodyTooLargeException.class, body::read, "and stays refused");
    }

    @Test
    void anEndlessBodyIsReadOnlyOneBytePastTheLimit() {
        EndlessBody endless = new EndlessBody(Long.MAX_VALUE);
        BoundedServletInputStream body = new BoundedServletInputStream(endless, 1000);
        assertThrows(RequestBodyTooLargeException.class, body::readAllBytes);
        assertEquals(1001, endless.given.get());
    }

    @Test
    void singleBytesAndSkipsCountToo() throws IOException {
        BoundedServletInputStream body = new BoundedServletInputStream(new EndlessBody(Long.MAX_VALUE), 3);
        assertEquals(0, body.read());
        assertEquals(2, body.skip(2));
        assertThrows(RequestBodyTooLargeException.class, body::read);
    }

    /** A body of {@code length} zero bytes, generated as it is read. */
    private static final class EndlessBody extends ServletInputStream {

        private final long length;
        final AtomicLong given = new AtomicLong();

        EndlessBody(long length) {
            this.length = length;
        }

        @Override
        public int read() {
            if (given.get() >= length) {
                return -1;
            }
            given.incrementAndGet();
            return 0;
        }

        @Override
        public int read(byte[] buffer, int offset, int count) {
            long left = length - given.get();
            if (left <= 0) {
                return -1;
            }
            int n = (int) Math.min(count, left);
            java.util.Arrays.fill(buffer, offset, offset + n, (byte) 0);
            given.addAndGet(n);
            return n;
        }

        @Override
        public boolean isFinished() {
            return given.get() >= length;
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
        }
    }
}
