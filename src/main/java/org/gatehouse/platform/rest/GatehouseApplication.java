package org.gatehouse.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Every endpoint lives under {@code /api}, as in AnythingLLM (contract 1.1). */
@ApplicationPath("api")
public class GatehouseApplication extends Application {
}
