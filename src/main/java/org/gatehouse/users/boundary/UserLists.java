package org.gatehouse.users.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.function.BiConsumer;
import org.gatehouse.platform.json.WireObject;
import org.gatehouse.platform.json.WireStream;
import org.gatehouse.users.control.ListedUser;
import org.gatehouse.users.control.ListedUsers;
import org.gatehouse.users.control.UserAdministration;

/**
 * {@code {"users":[…]}} for every user list (E20, E87, E99), written field by field onto the response
 * batch by batch, so that a list of 100,000 users is never held whole, neither as rows nor as JSON.
 */
@ApplicationScoped
public class UserLists {

    @Inject
    UserAdministration administration;

    /** E20 and E87: every user as a filtered user. */
    Response filtered() {
        return stream(UserJson::write);
    }

    /** E99: who may be issued SSO tokens, as id, username and role. */
    Response directory() {
        return stream((list, user) -> list.object().put("id", user.id()).put("username", user.username())
                .put("role", user.role()).end());
    }

    /** The first batch is read here, before the answer starts, so a failing database is an ordinary error. */
    private Response stream(BiConsumer<WireStream, ListedUser> element) {
        ListedUsers users = administration.everyUser();
        StreamingOutput body = output -> {
            WireStream list = WireStream.of(output).object().array("users");
            users.forEach(user -> element.accept(list, user));
            list.end().end().flush();
        };
        return Response.ok(body, WireObject.JSON_UTF8).build();
    }
}
