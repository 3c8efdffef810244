package org.gatehouse.settings.boundary;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import java.util.Arrays;
import java.util.List;
import org.gatehouse.auth.control.CurrentCaller;
import org.gatehouse.platform.json.WireObject;
import org.gatehouse.settings.control.Preferences;

/** E34, the read both preference paths answer: {@code ?labels=a,b,c} (blanks ignored) as {@code {"settings":{…}}}. */
public abstract class SystemPreferencesReading {

    @Inject
    Preferences preferences;

    @Inject
    CurrentCaller caller;

    @GET
    @Produces(WireObject.JSON_UTF8)
    public JsonObject read(@QueryParam("labels") String labels) {
        List<String> requested = labels == null ? List.of()
                : Arrays.stream(labels.split(",")).map(String::trim).filter(label -> !label.isEmpty()).toList();
        JsonObjectBuilder settings = Json.createObjectBuilder();
        preferences.read(requested, caller.user()).forEach(settings::add);
        return WireObject.create().putValue("settings", settings.build()).build();
    }
}
