package org.gatehouse.apikeys.boundary;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.gatehouse.apikeys.control.BrowserExtensionKeys;
import org.gatehouse.apikeys.entity.BrowserExtensionApiKey;
import org.gatehouse.auth.control.CurrentCaller;
import org.gatehouse.auth.boundary.ValidBrowserExtensionKey;
import org.gatehouse.platform.json.WireObject;
import org.gatehouse.users.control.UserDirectory;
import org.gatehouse.users.entity.User;
import org.gatehouse.workspaces.boundary.WorkspaceJson;
import org.gatehouse.workspaces.control.Workspaces;

/**
 * E50-E54, what the browser extension calls with its key. Content ingestion (E53, E54) belongs to
 * AnythingLLM's document layer, which Gatehouse does not include: those answer 501 (docs/compatibility.md).
 */
@Path("browser-extension")
@ValidBrowserExtensionKey
@Produces(WireObject.JSON_UTF8)
public class BrowserExtensionResource {

    static final String NOT_HERE = "Content ingestion is not part of Gatehouse: send documents to AnythingLLM itself.";

    @Inject
    BrowserExtensionKeys keys;

    @Inject
    Workspaces workspaces;

    @Inject
    UserDirectory users;

    @Inject
    CurrentCaller caller;

    /** E50. */
    @GET
    @Path("check")
    public JsonObject check() {
        BrowserExtensionApiKey key = caller.browserExtensionKey().orElseThrow();
        return WireObject.create().put("connected", true).putValue("workspaces", visibleWorkspaces(key))
                .put("apiKeyId", key.getId()).build();
    }

    /** E51: the extension revokes its own key. */
    @DELETE
    @Path("disconnect")
    public JsonObject disconnect() {
        keys.disconnect(caller.browserExtensionKey().orElseThrow());
        return WireObject.create().put("success", true).build();
    }

    /** E52. */
    @GET
    @Path("workspaces")
    public JsonObject workspaces() {
        return WireObject.create().putValue("workspaces", visibleWorkspaces(caller.browserExtensionKey().orElseThrow())).build();
    }

    /** E53, E54: out of scope. */
    @POST
    @Path("{ingestion: embed-content|upload-content}")
    public Response ingestion() {
        return Response.status(501).type(WireObject.JSON_UTF8)
                .entity(WireObject.create().put("success", false).put("error", NOT_HERE).build()).build();
    }

    /** The key's user's workspaces (contract 4.5); every workspace in single-user mode. */
    private JsonArray visibleWorkspaces(BrowserExtensionApiKey key) {
        Optional<User> owner = caller.mode().isMultiUser() && key.getUserId() != null ? users.byId(key.getUserId()) : Optional.empty();
        JsonArrayBuilder list = Json.createArrayBuilder();
        workspaces.visibleTo(owner).forEach(workspace -> list.add(WorkspaceJson.raw(workspace).build()));
        return list.build();
    }
}
