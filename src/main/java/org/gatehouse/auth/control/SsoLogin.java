package org.gatehouse.auth.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.util.Optional;
import org.gatehouse.events.control.AuditEvent;
import org.gatehouse.events.control.EventLogService;
import org.gatehouse.platform.control.Outcome;
import org.gatehouse.settings.control.Configuration;
import org.gatehouse.settings.control.SystemSettings;
import org.gatehouse.telemetry.control.Telemetry;
import org.gatehouse.users.entity.User;

/** E12: a Simple SSO one-time token buys a session, through Shiro's temporary-token realm. No recovery codes. */
@ApplicationScoped
public class SsoLogin {

    @Inject
    GatehouseSecurityManager security;

    @Inject
    SessionTokens tokens;

    @Inject
    EventLogService events;

    @Inject
    Telemetry telemetry;

    @Inject
    Configuration configuration;

    @Inject
    SystemSettings settings;

    /**
     * AnythingLLM's {@code simpleSSOEnabled} (contract 1.5): why Simple SSO cannot be used now, or empty
     * when {@code SIMPLE_SSO_ENABLED} is present and the instance is in multi-user mode.
     */
    public Optional<String> unavailable() {
        if (!configuration.simpleSsoEnabled()) {
            return Optional.of("Simple SSO is not enabled. It must be enabled to validate or issue temporary auth tokens.");
        }
        return settings.isMultiUserMode() ? Optional.empty()
                : Optional.of("Multi-User mode is not enabled. It must be enabled to use Simple SSO.");
    }

    /** Redeems a one-time token: a session for its user, or refused with the contract's message. */
    public Outcome<SignIn.SignedIn> redeem(String token, String ip) {
        User user;
        try {
            user = (User) security.authenticate(new TemporaryTokenCredential(token)).getPrincipals().getPrimaryPrincipal();
        } catch (KeyRejectedException refused) {
            events.record(AuditEvent.FAILED_LOGIN_INVALID_TEMPORARY_AUTH_TOKEN,
                    Json.createObjectBuilder().add("ip", ip).add("multiUserMode", true).build(), null);
            return Outcome.refused("[001] An error occurred while validating the token: " + refused.getMessage());
        }
        events.record(AuditEvent.LOGIN, Json.createObjectBuilder().add("ip", ip).add("username", user.getUsername()).build(),
                user.getId());
        telemetry.send(Telemetry.LOGIN, Telemetry.loginProperties(true));
        return Outcome.done(new SignIn.SignedIn(user, user.getSeenRecoveryCodes(),
                tokens.mintForUser(user.getId(), user.getUsername()), null));
    }
}
