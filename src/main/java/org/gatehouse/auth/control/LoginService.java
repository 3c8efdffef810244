package org.gatehouse.auth.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.AuthenticationInfo;
import org.apache.shiro.authc.IncorrectCredentialsException;
import org.apache.shiro.authc.UnknownAccountException;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.gatehouse.auth.entity.LoginFailureKey;
import org.gatehouse.events.control.AuditEvent;
import org.gatehouse.events.control.EventLogService;
import org.gatehouse.platform.json.JsValues;
import org.gatehouse.platform.json.WireObject;
import org.gatehouse.recovery.control.RecoveryCodes;
import org.gatehouse.settings.control.Configuration;
import org.gatehouse.telemetry.control.Telemetry;
import org.gatehouse.users.boundary.UserJson;
import org.gatehouse.users.control.UserDirectory;
import org.gatehouse.users.entity.User;

/**
 * {@code POST /api/request-token} (contract 3.3, 3.4): Shiro's realms check the credentials; this service
 * adds what the contract and Gatehouse demand around them: events, throttling, first-login recovery codes.
 */
@ApplicationScoped
public class LoginService {

    static final String SINGLE_USER_ACCOUNT = "(single-user)";

    /** AnythingLLM reports every credential login with {@code multiUserMode: false}. */
    private static final JsonObject CREDENTIAL_LOGIN = Json.createObjectBuilder().add("multiUserMode", false).build();

    @Inject
    AuthModes modes;

    @Inject
    Configuration configuration;

    @Inject
    GatehouseSecurityManager security;

    @Inject
    SessionTokens tokens;

    @Inject
    EventLogService events;

    @Inject
    UserDirectory users;

    @Inject
    RecoveryCodes recoveryCodes;

    @Inject
    LoginThrottle throttle;

    @Inject
    PasswordHashing hashing;

    @Inject
    Telemetry telemetry;

    /** The HTTP status and JSON body to answer. */
    public record Outcome(int status, JsonObject body) {
    }

    @Transactional
    public Outcome requestToken(JsonObject body, String ip) {
        return modes.current().isMultiUser() ? multiUser(body, ip) : singleUser(body, ip);
    }

    private Outcome singleUser(JsonObject body, String ip) {
        String password = JsValues.string(body.get("password"));
        List<LoginFailureKey> keys = List.of(LoginFailureKey.username(SINGLE_USER_ACCOUNT), LoginFailureKey.ip(ip));
        JsonObject metadata = Json.createObjectBuilder().add("ip", ip).add("multiUserMode", false).build();
        if (throttle.isLocked(keys)) {
            hashing.spendEquivalentTime(password);
            events.record(AuditEvent.FAILED_LOGIN_LOCKED_OUT, metadata, null);
            return singleUserFailure();
        }
        try {
            security.authenticate(new SingleUserPasswordToken(password));
        } catch (AuthenticationException wrongPassword) {
            throttle.recordFailure(keys);
            events.record(AuditEvent.FAILED_LOGIN_INVALID_PASSWORD, metadata, null);
            return singleUserFailure();
        }
        throttle.recordSuccess(keys);
        events.record(AuditEvent.LOGIN, metadata, null);
        telemetry.send(Telemetry.LOGIN, CREDENTIAL_LOGIN);
        return new Outcome(200, WireObject.create()
                .put("valid", true)
                .put("token", tokens.mintForSingleUser(password))
                .put("message", (String) null)
                .build());
    }

    private Outcome multiUser(JsonObject body, String ip) {
        if (configuration.credentialLoginDisabledBySso()) {
            return multiUserFailure(403, "[005] Login via credentials has been disabled by the administrator.");
        }
        String username = JsValues.string(body.get("username"));
        String password = JsValues.string(body.get("password"));
        String reportedName = body.containsKey("username") && body.get("username") != JsonValue.NULL
                ? username : "Unknown user";
        JsonObject metadata = Json.createObjectBuilder().add("ip", ip).add("username", reportedName).build();
        List<LoginFailureKey> keys = List.of(LoginFailureKey.username(username), LoginFailureKey.ip(ip));
        Optional<User> known = users.byUsername(username);

        if (throttle.isLocked(keys)) {
            hashing.spendEquivalentTime(password);
            events.record(AuditEvent.FAILED_LOGIN_LOCKED_OUT, metadata, known.map(User::getId).orElse(null));
            return known.isPresent() ? wrongPassword() : unknownUser();
        }
        AuthenticationInfo info;
        try {
            info = security.authenticate(new UsernamePasswordToken(username, password));
        } catch (UnknownAccountException unknown) {
            throttle.recordFailure(keys);
            events.record(AuditEvent.FAILED_LOGIN_INVALID_USERNAME, metadata, null);
            return unknownUser();
        } catch (IncorrectCredentialsException incorrect) {
            throttle.recordFailure(keys);
            events.record(AuditEvent.FAILED_LOGIN_INVALID_PASSWORD, metadata, known.map(User::getId).orElse(null));
            return wrongPassword();
        } catch (SuspendedAccountException suspended) {
            events.record(AuditEvent.FAILED_LOGIN_ACCOUNT_SUSPENDED, metadata, suspended.user().getId());
            return multiUserFailure(200, "[004] Account suspended by admin.");
        }
        User user = (User) info.getPrincipals().getPrimaryPrincipal();
        throttle.recordSuccess(keys);
        events.record(AuditEvent.LOGIN, metadata, user.getId());
        telemetry.send(Telemetry.LOGIN, CREDENTIAL_LOGIN);
        return new Outcome(200, signedIn(user));
    }

    private JsonObject signedIn(User user) {
        Boolean seenBefore = user.getSeenRecoveryCodes();
        WireObject body = WireObject.create()
                .put("valid", true)
                .putValue("user", UserJson.filtered(user, seenBefore))
                .put("token", tokens.mintForUser(user.getId(), user.getUsername()))
                .put("message", (String) null);
        if (!Boolean.TRUE.equals(seenBefore)) {
            var codes = Json.createArrayBuilder();
            recoveryCodes.issue(user).forEach(codes::add);
            body.putValue("recoveryCodes", codes.build());
        }
        return body.build();
    }

    private static Outcome singleUserFailure() {
        return new Outcome(401, WireObject.create()
                .put("valid", false)
                .put("token", (String) null)
                .put("message", "[003] Invalid password provided")
                .build());
    }

    private static Outcome unknownUser() {
        return multiUserFailure(200, "[001] Invalid login credentials.");
    }

    private static Outcome wrongPassword() {
        return multiUserFailure(200, "[002] Invalid login credentials.");
    }

    private static Outcome multiUserFailure(int status, String message) {
        return new Outcome(status, WireObject.create()
                .put("user", (String) null)
                .put("valid", false)
                .put("token", (String) null)
                .put("message", message)
                .build());
    }
}
