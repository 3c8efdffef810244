package org.gatehouse.system.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.core.Response;
import org.gatehouse.auth.boundary.ValidatedRequest;
import org.gatehouse.platform.rest.ErrorMapper;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import org.gatehouse.platform.json.WireObject;
import org.gatehouse.settings.control.SystemSettings;
import org.gatehouse.telemetry.control.Telemetry;

/** E4 and E5: whether the onboarding flow has been completed (no authentication), and completing it. */
@Path("onboarding")
public class OnboardingResource {

    @Inject
    SystemSettings settings;

    @Inject
    Telemetry telemetry;

    /** E5: marks onboarding complete; text 200. */
    @POST
    @ValidatedRequest
    public Response complete() {
        settings.put(SystemSettings.ONBOARDING_COMPLETE, "true");
        telemetry.send(Telemetry.ONBOARDING_COMPLETE);
        return ErrorMapper.statusText(200);
    }

    @GET
    @Produces(WireObject.JSON_UTF8)
    public JsonObject onboarding() {
        return WireObject.create()
                .put("onboardingComplete", settings.isTrue(SystemSettings.ONBOARDING_COMPLETE))
                .build();
    }
}
