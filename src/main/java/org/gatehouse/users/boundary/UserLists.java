package org.gatehouse.users.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
 * {@code {"users":[…]}} for every user list (E20, E87, E99), streamed by one writer batch by batch, so
 * that a list of 100,000 users is never held whole.
 */
@ApplicationScoped
public class UserLists {

    @Inject
    UserAdministration administration;

    /** E20 and E87: every user as a filtered user. */
    Response filtered() {
        return stream(UserJson::filtered);
    }

    /** E99: who may be issued SSO tokens, as id, username and role. */
    Response directory() {
        return stream(user -> WireObject.create().put("id", user.id())
                .put("username", user.username()).put("role", user.role()).build());
    }

    private Response stream(Function<ListedUser, JsonObject> projection) {
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
