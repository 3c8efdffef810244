package org.gatehouse.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UnsupportedEncodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.gatehouse.files.control.StoredImages;
import org.gatehouse.platform.config.EnvVar;
import org.gatehouse.platform.json.WireObject;
import org.gatehouse.settings.control.Configuration;

/**
 * One size limit for every request body, API and console alike, ahead of anything that reads one
 * (web.xml maps it before the other filters): {@code GATEHOUSE_MAX_BODY_BYTES}, raised for multipart
 * bodies to the image limit plus an envelope, since the only multipart posts carry one picture. A declared
 * length beyond the limit is refused before a byte is read; a chunked body is counted while it is read and
 * ends at the limit. Either way the answer is {@code 413} in the contract's error shape, and the
 * connection is closed so the rest of the body is never read.
 *
 * <p>Form posts the container parses itself (the console's) are covered by the declared length, which
 * browsers always send; a chunked form is cut by the container's own form limit (Payara: 2 MB).
 */
public class RequestBodyLimitFilter extends HttpFilter {

    public static final int DEFAULT_MAX_BYTES = 1024 * 1024;

    /** The methods some route or page answers (AnythingLLM's CORS layer allows the same, §1.1, plus OPTIONS). */
    static final java.util.List<String> SERVED_METHODS = java.util.List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

    /** Boundaries, part headers and the console form's own fields around one picture. */
    public static final int MULTIPART_ENVELOPE = 64 * 1024;

    @Inject
    Configuration configuration;

    @Inject
    StoredImages images;

    /** The 413 answer's {@code error}. */
    public static String message(long limit) {
        return "The request body is larger than the limit of " + limit + " bytes.";
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean awaitsContinue = request.getHeader("Expect") != null;
        if (awaitsContinue) {
            forgetTheContinuesFraming(response);
        }
        if (!SERVED_METHODS.contains(request.getMethod())) {
            // TRACE (which the container hands over only so that it is refused here, never echoed) and
            // methods nothing here serves. The container may not read such a request's body, so the
            // connection ends with the answer, or the body would be read as the next request.
            response.setHeader("Connection", "close");
            response.setHeader("Allow", String.join(", ", SERVED_METHODS));
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        long limit = limitFor(request);
        if (request.getContentLengthLong() > limit) {
            refuse(response, limit);
            return;
        }
        // A client that waits for "100 Continue" and gets a final answer instead may keep the connection and
        // never send the body, or send it anyway: the server cannot tell where the next request starts.
        if (awaitsContinue) {
            response.setHeader("Connection", "close");
        }
        BoundedRequest bounded = new BoundedRequest(request, limit);
        chain.doFilter(bounded, response);
        if (awaitsContinue) {
            framedWithoutBody(response);
        }
        if (bounded.exceeded() && !response.isCommitted() && response.getStatus() != 413) {
            // Whoever read the body did not answer the overrun itself: the answer is still the 413.
            response.resetBuffer();
            refuse(response, limit);
        } else if (!awaitsContinue && !bounded.exceeded()) {
            // A body nobody read (a GET with one, a request refused before its body mattered) is read to its
            // end here, within the limit, so its bytes can never be taken for the next request on the connection.
            bounded.drain();
        }
    }

    long limitFor(HttpServletRequest request) {
        int configured = configuration.intValue(EnvVar.GATEHOUSE_MAX_BODY_BYTES, DEFAULT_MAX_BYTES);
        long limit = configured > 0 ? configured : DEFAULT_MAX_BYTES;
        String type = request.getContentType();
        if (type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            return Math.max(limit, (long) images.maxBytes() + MULTIPART_ENVELOPE);
        }
        return limit;
    }

    /**
     * Grizzly (Payara, GlassFish) frames its "100 Continue" as a chunked answer, and the final answer's headers
     * inherit {@code Transfer-Encoding: chunked}: an answer of known length went out with it beside its
     * {@code Content-Length}. Setting the length as a header is what clears Grizzly's chunked state, so it is
     * set and unset again: the answer is then framed as if no interim answer had gone out. Other containers
     * keep no such header, and are left alone.
     */
    static void forgetTheContinuesFraming(HttpServletResponse response) {
        if (!response.isCommitted() && response.containsHeader("Transfer-Encoding")) {
            response.setHeader("Content-Length", "0");
            response.setContentLengthLong(-1);
        }
    }

    /**
     * After a "100 Continue", Grizzly still frames a 204 (or 304) of unknown length as chunked when it is a
     * HEAD's, which the JDK client refuses ("unexpected content length header with 204 response"). A known
     * length of 0 keeps it unchunked; Grizzly then drops the length itself, as a 204 may carry none.
     */
    static void framedWithoutBody(HttpServletResponse response) {
        int status = response.getStatus();
        if (!response.isCommitted() && (status == HttpServletResponse.SC_NO_CONTENT || status == HttpServletResponse.SC_NOT_MODIFIED)) {
            response.setHeader("Content-Length", "0");
        }
    }

    /** The 413, written straight to the servlet response (the REST layer writes the same for its reads). */
    static void refuse(HttpServletResponse response, long limit) throws IOException {
        byte[] body = WireObject.create().put("success", false).put("error", message(limit)).build().toString()
                .getBytes(StandardCharsets.UTF_8);
        response.setStatus(413);
        response.setHeader("Connection", "close");
        response.setContentType(WireObject.JSON_UTF8);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static final class BoundedRequest extends HttpServletRequestWrapper {

        private final long limit;
        private BoundedServletInputStream body;

        BoundedRequest(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        boolean exceeded() {
            return body != null && body.exceeded();
        }

        void drain() {
            try {
                ServletInputStream rest = getInputStream();
                byte[] skipped = new byte[8192];
                while (rest.read(skipped) >= 0) {
                    // discarded: the answer is already given
                }
            } catch (IOException | IllegalStateException gone) {
                // the container read it already (form parameters, parts) or the client went away
            }
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (body == null) {
                body = new BoundedServletInputStream(super.getInputStream(), limit);
            }
            return body;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            Charset charset;
            try {
                charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
            } catch (IllegalArgumentException unknown) {
                throw new UnsupportedEncodingException(encoding);
            }
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }
}
