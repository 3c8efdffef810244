package org.gatehouse.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;

/** Every endpoint lives under {@code /api}, as in AnythingLLM (contract 1.1). */
@ApplicationPath("api")
public class GatehouseApplication extends Application {

    /**
     * Jersey's WADL (at {@code application.wadl} and as its OPTIONS answer) lists every route and Jersey's
     * version to anyone; OPTIONS is answered by {@link org.gatehouse.platform.web.CorsFilter} instead. Other
     * JAX-RS implementations ignore the property.
     */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
