package org.gatehouse.developer.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.gatehouse.auth.boundary.SimpleSsoEnabled;
import org.gatehouse.auth.boundary.ValidApiKey;
import org.gatehouse.platform.json.WireObject;
import org.gatehouse.platform.rest.PathIds;
import org.gatehouse.sso.control.TemporaryTokens;

/** E100, {@code GET /api/v1/users/:id/issue-auth-token}: a Simple SSO one-time token for that user. */
@Path("v1/users/{id}/issue-auth-token")
@ValidApiKey
@SimpleSsoEnabled
public class V1IssueAuthTokenResource {

    @Inject
    TemporaryTokens tokens;

    @GET
    public Response issue(@PathParam("id") String id) {
        return PathIds.parse(id).flatMap(tokens::issue)
                .map(token -> Response.ok(WireObject.create().put("token", token)
                        .put("loginPath", "/sso/simple?token=" + token).build(), WireObject.JSON_UTF8).build())
                .orElseGet(() -> Response.status(404).type(WireObject.JSON_UTF8)
                        .entity(WireObject.create().put("error", "User not found").build()).build());
    }
}
