package org.gatehouse.auth.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.gatehouse.events.control.AuditEvent;
import org.gatehouse.events.control.EventLogService;
import org.gatehouse.platform.json.WireObject;
import org.gatehouse.telemetry.control.Telemetry;
import org.gatehouse.users.boundary.UserJson;
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

    public LoginService.Outcome redeem(String token, String ip) {
        User user;
        try {
            user = (User) security.authenticate(new TemporaryTokenCredential(token)).getPrincipals().getPrimaryPrincipal();
        } catch (KeyRejectedException refused) {
            events.record(AuditEvent.FAILED_LOGIN_INVALID_TEMPORARY_AUTH_TOKEN,
                    Json.createObjectBuilder().add("ip", ip).add("multiUserMode", true).build(), null);
            return new LoginService.Outcome(401, WireObject.create().put("valid", false).put("token", (String) null)
                    .put("message", "[001] An error occurred while validating the token: " + refused.getMessage()).build());
        }
        events.record(AuditEvent.LOGIN, Json.createObjectBuilder().add("ip", ip).add("username", user.getUsername()).build(),
                user.getId());
        telemetry.send(Telemetry.LOGIN, Json.createObjectBuilder().add("multiUserMode", true).build());
        JsonObject body = WireObject.create().put("valid", true).putValue("user", UserJson.filtered(user))
                .put("token", tokens.mintForUser(user.getId(), user.getUsername())).put("message", (String) null).build();
        return new LoginService.Outcome(200, body);
    }
}
