package org.gatehouse.system.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.ServletContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.gatehouse.platform.json.WireObject;
import org.gatehouse.system.control.InstanceMetrics;

/**
 * {@code GET /api/utils/metrics}, which AnythingLLM's web client calls on every page for its version
 * footer; no authentication, as in AnythingLLM. {@code version} is a git commit there ({@code "--"} when
 * unknown, as for Gatehouse); {@code appVersion} is the version Maven built into this WAR.
 */
@Path("utils/metrics")
public class MetricsResource {

    /** Written by the WAR plugin into every build. */
    static final String BUILD_DESCRIPTOR = "/META-INF/maven/org.gatehouse/gatehouse/pom.properties";

    @Inject
    InstanceMetrics metrics;

    @Context
    ServletContext servletContext;

    private volatile String appVersion;

    @GET
    @Produces(WireObject.JSON_UTF8)
    public JsonObject metrics() {
        InstanceMetrics.Metrics current = metrics.current();
        return WireObject.create()
                .put("online", true)
                .put("version", "--")
                .put("mode", current.multiUser() ? "multi-user" : "single-user")
                .put("vectorDB", current.vectorDb())
                .putValue("storage", WireObject.create()
                        .put("current", current.freeGigabytes())
                        .put("capacity", current.capacityGigabytes()).build())
                .put("appVersion", appVersion())
                .build();
    }

    /** The built version, or null (as AnythingLLM answers without {@code DEPLOYMENT_VERSION}). */
    private String appVersion() {
        if (appVersion == null) {
            Properties build = new Properties();
            try (InputStream descriptor = servletContext.getResourceAsStream(BUILD_DESCRIPTOR)) {
                if (descriptor != null) {
                    build.load(descriptor);
                }
            } catch (IOException unreadable) {
                return null;
            }
            appVersion = build.getProperty("version", "");
        }
        return appVersion.isEmpty() ? null : appVersion;
    }
}
