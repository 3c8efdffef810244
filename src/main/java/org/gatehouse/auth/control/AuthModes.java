package org.gatehouse.auth.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.gatehouse.settings.control.Configuration;
import org.gatehouse.settings.control.SystemSettings;

/** Decides the {@link AuthMode}; the multi-user flag as {@link SystemSettings#isMultiUserMode} knows it (contract 3.1). */
@ApplicationScoped
public class AuthModes {

    @Inject
    SystemSettings settings;

    @Inject
    Configuration configuration;

    public AuthMode current() {
        if (settings.isMultiUserMode()) {
            return AuthMode.MULTI_USER;
        }
        boolean protectedByPassword = configuration.authToken().isPresent()
                && configuration.jwtSecret().isPresent()
                && !configuration.isDevelopment();
        return protectedByPassword ? AuthMode.SINGLE_USER : AuthMode.OPEN;
    }
}
