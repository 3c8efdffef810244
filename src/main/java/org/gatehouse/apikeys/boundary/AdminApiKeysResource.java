package org.gatehouse.apikeys.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gatehouse.apikeys.control.ApiKeys;
import org.gatehouse.apikeys.entity.ApiKey;
import org.gatehouse.auth.boundary.StrictRoles;
import org.gatehouse.auth.boundary.ValidatedRequest;
import org.gatehouse.platform.json.WireObject;
import org.gatehouse.users.control.UserDirectory;
import org.gatehouse.users.entity.User;
import org.gatehouse.users.entity.Role;

/** E44: every key with its creator, for admins in multi-user mode. */
@Path("admin/api-keys")
@ValidatedRequest
@StrictRoles(Role.ADMIN)
@Produces(WireObject.JSON_UTF8)
public class AdminApiKeysResource {

    @Inject
    ApiKeys keys;

    @Inject
    UserDirectory users;

    @GET
    public JsonObject list() {
        var all = keys.all();
        Map<Integer, User> creators = all.stream().map(ApiKey::getCreatedBy).filter(Objects::nonNull).distinct()
                .map(users::byId).flatMap(java.util.Optional::stream)
                .collect(Collectors.toMap(User::getId, Function.identity()));
        return ApiKeyResponses.list(all, key -> ApiKeyResponses.creator(key, creators));
    }
}
