package org.gatehouse.auth.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import org.gatehouse.events.control.AuditEvent;
import org.gatehouse.events.control.EventLogService;
import org.gatehouse.platform.control.Outcome;
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
        telemetry.send(Telemetry.LOGIN, Json.createObjectBuilder().add("multiUserMode", true).build());
        return Outcome.done(new SignIn.SignedIn(user, user.getSeenRecoveryCodes(),
                tokens.mintForUser(user.getId(), user.getUsername()), null));
    }
}
