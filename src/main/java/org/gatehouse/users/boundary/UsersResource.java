package org.gatehouse.users.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.gatehouse.auth.control.CurrentCaller;
import org.gatehouse.auth.boundary.StrictRoles;
import org.gatehouse.auth.boundary.ValidatedRequest;
import org.gatehouse.platform.json.WireObject;
import org.gatehouse.users.control.UserAdministration;
import org.gatehouse.users.entity.Role;

/** E20 and E21: the user list and new users, for admins and managers in multi-user mode. */
@Path("admin/users")
@ValidatedRequest
@StrictRoles({Role.ADMIN, Role.MANAGER})
@Produces(WireObject.JSON_UTF8)
public class UsersResource {

    @Inject
    CurrentCaller caller;

    @Inject
    UserAdministration administration;

    /** E20: streamed, so the list of 100,000 users is never held whole. */
    @GET
    public Response list() {
        StreamingOutput body = output -> {
            Writer out = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8), 64 * 1024);
            out.write("{\"users\":[");
            boolean[] first = {true};
            administration.forEachUser(user -> {
                try {
                    out.write((first[0] ? "" : ",") + UserJson.filtered(user));
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

    @POST
    @Path("new")
    public JsonObject create(JsonObject body) {
        UserAdministration.Created created = administration.create(caller.user().orElseThrow(), body);
        return WireObject.create()
                .putValue("user", created.user() == null ? JsonValue.NULL : UserJson.filtered(created.user()))
                .put("error", created.error())
                .build();
    }
}
