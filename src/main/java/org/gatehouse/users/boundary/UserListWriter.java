package org.gatehouse.users.boundary;

import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import org.gatehouse.platform.json.WireObject;
import org.gatehouse.users.control.ListedUser;
import org.gatehouse.users.control.UserAdministration;

/**
 * {@code {"users":[…]}} for every user list (E20, E87, E99), streamed batch by batch so that a list of
 * 100,000 users is never held whole.
 */
final class UserListWriter {

    private UserListWriter() {
    }

    /** Every user, in id order, each as {@code projection} shows it. */
    static Response stream(UserAdministration administration, Function<ListedUser, JsonObject> projection) {
        StreamingOutput body = output -> {
            Writer out = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8), 64 * 1024);
            out.write("{\"users\":[");
            boolean[] first = {true};
            administration.forEachUser(user -> {
                try {
                    out.write((first[0] ? "" : ",") + projection.apply(user));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                first[0] = false;
            });
            out.write("]}");
            out.flush();
        };
        return Response.ok(body, WireObject.JSON_UTF8).build();
    }
}
