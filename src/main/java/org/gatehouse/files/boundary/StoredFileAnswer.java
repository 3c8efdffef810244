package org.gatehouse.files.boundary;

import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.gatehouse.files.entity.StoredFile;

/**
 * A stored file as the answer that sends it: its bytes, and a {@code Content-Length} taken from those bytes.
 * The bytes are a lazy column read after the row, so a concurrent replacement or removal can leave none; the
 * file is then gone, not an empty {@code 200} with the row's length.
 */
final class StoredFileAnswer {

    private StoredFileAnswer() {
    }

    /** The answer carrying {@code file}; empty when its content went meanwhile. */
    static Optional<Response.ResponseBuilder> of(StoredFile file) {
        byte[] content = file.getContent();
        if (content == null) {
            return Optional.empty();
        }
        return Optional.of(Response.ok(content, file.getContentType())
                .header("Content-Disposition", "attachment; filename=" + file.getName())
                .header("Content-Length", content.length));
    }
}
