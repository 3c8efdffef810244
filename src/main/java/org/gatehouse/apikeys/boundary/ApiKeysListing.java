package org.gatehouse.apikeys.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gatehouse.apikeys.control.ApiKeys;
import org.gatehouse.apikeys.entity.ApiKey;
import org.gatehouse.auth.control.CurrentCaller;
import org.gatehouse.platform.json.WireObject;
import org.gatehouse.users.control.UserDirectory;
import org.gatehouse.users.entity.User;

/**
 * E41 and E44, the key list both families answer (secrets masked). Multi-user mode (the admin family)
 * shows each creator as {@code {id, username, role}}; single-user mode (the system family) as its id.
 */
public abstract class ApiKeysListing {

    @Inject
    ApiKeys keys;

    @Inject
    UserDirectory users;

    @Inject
    CurrentCaller caller;

    @GET
    @Produces(WireObject.JSON_UTF8)
    public JsonObject list() {
        var all = keys.all();
        if (!caller.mode().isMultiUser()) {
            return ApiKeyResponses.list(all, key -> ApiKeyResponses.id(key.getCreatedBy()));
        }
        Map<Integer, User> creators = all.stream().map(ApiKey::getCreatedBy).filter(Objects::nonNull).distinct()
                .map(users::byId).flatMap(Optional::stream)
                .collect(Collectors.toMap(User::getId, Function.identity()));
        return ApiKeyResponses.list(all, key -> ApiKeyResponses.creator(key, creators));
    }
}
