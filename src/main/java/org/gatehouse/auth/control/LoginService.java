package org.gatehouse.auth.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.apache.shiro.authc.AuthenticationInfo;
import org.apache.shiro.authc.IncorrectCredentialsException;
import org.apache.shiro.authc.UnknownAccountException;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.gatehouse.auth.control.SignIn.Refusal;
import org.gatehouse.auth.entity.LoginFailureKey;
import org.gatehouse.events.control.AuditEvent;
import org.gatehouse.events.control.EventLogService;
import org.gatehouse.recovery.control.RecoveryCodes;
import org.gatehouse.settings.control.Configuration;
import org.gatehouse.telemetry.control.Telemetry;
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
    private static final JsonObject CREDENTIAL_LOGIN = Telemetry.loginProperties(false);

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

    /** Signs in with the single-user password or, in multi-user mode, a username and password. */
    @Transactional
    public SignIn requestToken(Credentials credentials, String ip) {
        return modes.current().isMultiUser() ? multiUser(credentials, ip) : singleUser(credentials.password(), ip);
    }

    private SignIn singleUser(String password, String ip) {
        List<LoginFailureKey> keys = List.of(LoginFailureKey.username(SINGLE_USER_ACCOUNT), LoginFailureKey.ip(ip));
        JsonObject metadata = Json.createObjectBuilder().add("ip", ip).add("multiUserMode", false).build();
        if (!throttle.tryAttempt(keys)) {
            events.record(AuditEvent.FAILED_LOGIN_LOCKED_OUT, metadata, null);
            return refused(Refusal.WRONG_SINGLE_USER_PASSWORD);
        }
        try {
            security.authenticate(new SingleUserPasswordToken(password));
        } catch (IncorrectCredentialsException wrongPassword) {
            // Only the realm's verdict: any other failure (Shiro wraps a database's in AuthenticationException)
            // must reach ContentionRetry or the caller, not pass for a wrong password in a rolled-back transaction.
            events.record(AuditEvent.FAILED_LOGIN_INVALID_PASSWORD, metadata, null);
            return refused(Refusal.WRONG_SINGLE_USER_PASSWORD);
        }
        throttle.recordSuccess(keys);
        events.record(AuditEvent.LOGIN, metadata, null);
        telemetry.send(Telemetry.LOGIN, CREDENTIAL_LOGIN);
        return new SignIn.SingleUserSignedIn(tokens.mintForSingleUser(password));
    }

    private SignIn multiUser(Credentials credentials, String ip) {
        if (configuration.credentialLoginDisabledBySso()) {
            return refused(Refusal.CREDENTIAL_LOGIN_DISABLED);
        }
        String username = credentials.username();
        String password = credentials.password();
        JsonObject metadata = Json.createObjectBuilder().add("ip", ip)
                .add("username", credentials.named() ? LoginFailureKey.shown(username) : "Unknown user").build();
        if (!LoginFailureKey.isStorable(username)) {
            return impossibleUsername(password, ip, metadata);
        }
        List<LoginFailureKey> keys = List.of(LoginFailureKey.username(username), LoginFailureKey.ip(ip));
        if (!throttle.tryAttempt(keys)) {
            // No bcrypt for an attempt that is not checked: a lock must also spare the CPU. Its answer is
            // the wrong-password one; only its speed tells that a lock is in force, which its sender knows.
            Optional<User> known = users.byUsername(username);
            events.record(AuditEvent.FAILED_LOGIN_LOCKED_OUT, metadata, known.map(User::getId).orElse(null));
            return refused(known.isPresent() ? Refusal.WRONG_PASSWORD : Refusal.UNKNOWN_USER);
        }
        AuthenticationInfo info;
        try {
            info = security.authenticate(new UsernamePasswordToken(username, password));
        } catch (UnknownAccountException unknown) {
            events.record(AuditEvent.FAILED_LOGIN_INVALID_USERNAME, metadata, null);
            return refused(Refusal.UNKNOWN_USER);
        } catch (IncorrectCredentialsException incorrect) {
            events.record(AuditEvent.FAILED_LOGIN_INVALID_PASSWORD, metadata,
                    users.byUsername(username).map(User::getId).orElse(null));
            return refused(Refusal.WRONG_PASSWORD);
        } catch (SuspendedAccountException suspended) {
            throttle.refund(keys);
            events.record(AuditEvent.FAILED_LOGIN_ACCOUNT_SUSPENDED, metadata, suspended.user().getId());
            return refused(Refusal.ACCOUNT_SUSPENDED);
        }
        User user = (User) info.getPrincipals().getPrimaryPrincipal();
        throttle.recordSuccess(keys);
        events.record(AuditEvent.LOGIN, metadata, user.getId());
        telemetry.send(Telemetry.LOGIN, CREDENTIAL_LOGIN);
        Boolean seenBefore = user.getSeenRecoveryCodes();
        String token = tokens.mintForUser(user.getId(), user.getUsername());
        List<String> codes = Boolean.TRUE.equals(seenBefore) ? null : recoveryCodes.issue(user);
        return new SignIn.SignedIn(user, seenBefore, token, codes);
    }

    /**
     * A username no account can have (longer than the column, or with a NUL) is never looked up: it is a
     * wrong username that counts against the address alone and costs the same bcrypt time.
     */
    private SignIn impossibleUsername(String password, String ip, JsonObject metadata) {
        List<LoginFailureKey> address = List.of(LoginFailureKey.ip(ip));
        boolean checked = throttle.tryAttempt(address);
        if (checked) {
            hashing.spendEquivalentTime(password);
        }
        events.record(checked ? AuditEvent.FAILED_LOGIN_INVALID_USERNAME : AuditEvent.FAILED_LOGIN_LOCKED_OUT, metadata, null);
        return refused(Refusal.UNKNOWN_USER);
    }

    private static SignIn refused(Refusal refusal) {
        return new SignIn.Refused(refusal);
    }
}
