package org.gatehouse.system.boundary;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import org.gatehouse.platform.json.WireObject;
import org.gatehouse.settings.control.SystemSettings;

/** E4: whether the onboarding flow has been completed; no authentication. */
@Path("onboarding")
public class OnboardingResource {

    @Inject
    SystemSettings settings;

    @GET
    @Produces(WireObject.JSON_UTF8)
    public JsonObject onboarding() {
        return WireObject.create()
                .put("onboardingComplete", settings.isTrue(SystemSettings.ONBOARDING_COMPLETE))
                .build();
    }
}
