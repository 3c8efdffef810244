package org.gatehouse.console.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.gatehouse.auth.control.AuthMode;
import org.gatehouse.auth.control.AuthModes;
import org.gatehouse.auth.control.Authorization;
import org.gatehouse.auth.control.Credentials;
import org.gatehouse.auth.control.LoginService;
import org.gatehouse.auth.control.MultiUserSwitch;
import org.gatehouse.auth.control.SignIn;
import org.gatehouse.auth.control.SingleUserPassword;
import org.gatehouse.platform.config.EnvVar;
import org.gatehouse.platform.web.ClientAddresses;
import org.gatehouse.settings.control.Configuration;
import org.gatehouse.settings.control.EnvironmentSettings;
import org.gatehouse.settings.control.EnvironmentSettings.RunTimeChange;
import org.gatehouse.settings.control.EnvironmentSettings.RunTimeSetting;
import org.gatehouse.users.boundary.PageMessages;
import org.gatehouse.users.control.NewUser;
import org.gatehouse.users.entity.Role;
import org.gatehouse.users.entity.User;

/**
 * Security ({@code /admin/security}): multi-user mode through {@link MultiUserSwitch} (the control of
 * {@code POST /api/system/enable-multi-user}) followed by the first admin's sign-in, the single-user password
 * through {@link SingleUserPassword} (that of {@code POST /api/system/update-password}), and the Simple SSO
 * switches, password policy and session lifetime through {@link EnvironmentSettings#change}. Each form is
 * its own post; each setting's effect is said beside it.
 */
@Named
@RequestScoped
public class SecurityPage {

    @Inject
    MultiUserSwitch multiUser;

    @Inject
    SingleUserPassword singleUserPassword;

    @Inject
    EnvironmentSettings environment;

    @Inject
    Configuration configuration;

    @Inject
    LoginService login;

    @Inject
    AuthModes modes;

    @Inject
    Authorization authorization;

    @Inject
    ClientAddresses addresses;

    @Inject
    RecoveryCodesPage recoveryCodesPage;

    private String adminUsername;
    private String adminPassword;
    private String newPassword;

    private boolean ssoEnabled;
    private boolean ssoNoLogin;
    private String ssoRedirect;
    private String minLength;
    private String maxLength;
    private boolean denylist;
    private String jwtExpiry;

    @PostConstruct
    void readSettings() {
        ssoEnabled = configuration.simpleSsoEnabled();
        ssoNoLogin = configuration.simpleSsoNoLogin();
        ssoRedirect = configuration.value(EnvVar.SIMPLE_SSO_NO_LOGIN_REDIRECT).orElse("");
        minLength = String.valueOf(configuration.intValue(EnvVar.PASSWORDMINCHAR, 8));
        maxLength = String.valueOf(configuration.intValue(EnvVar.PASSWORDMAXCHAR, 250));
        denylist = !configuration.value(EnvVar.GATEHOUSE_PASSWORD_DENYLIST).filter("false"::equalsIgnoreCase).isPresent();
        jwtExpiry = configuration.nonEmpty(EnvVar.JWT_EXPIRY).orElse("30d");
    }

    public AuthMode getMode() {
        return modes.current();
    }

    public boolean isMultiUser() {
        return modes.current() == AuthMode.MULTI_USER;
    }

    public boolean isPasswordSet() {
        return modes.current() == AuthMode.SINGLE_USER;
    }

    /** The page is the flex admins'; each post asks again, as the API's guards do. */
    private boolean mayChange() {
        return authorization.flexAllows(Role.ADMIN);
    }

    private Integer actorId() {
        return authorization.user().map(User::getId).orElse(null);
    }

    /** The password rules in force, in a sentence (the policy's own messages come on a refusal). */
    public String getPasswordRules() {
        return FacesTexts.text(denylistInForce() ? "security.rules.denylist" : "security.rules",
                configuration.intValue(EnvVar.PASSWORDMINCHAR, 8), configuration.intValue(EnvVar.PASSWORDMAXCHAR, 250));
    }

    private boolean denylistInForce() {
        return !configuration.value(EnvVar.GATEHOUSE_PASSWORD_DENYLIST).filter("false"::equalsIgnoreCase).isPresent();
    }

    // --- multi-user mode

    /**
     * Creates the first admin and switches to multi-user mode, then signs this browser in as that admin
     * the way the sign-in page does (a first sign-in shows its recovery codes).
     */
    public String enableMultiUser() throws IOException {
        if (!mayChange() || isMultiUser()) {
            return null;
        }
        String username = nullToEmpty(adminUsername);
        String password = nullToEmpty(adminPassword);
        adminPassword = null;
        MultiUserSwitch.Result result = multiUser.enable(NewUser.of(username, password, Role.ADMIN));
        if (result instanceof MultiUserSwitch.Refused refused) {
            String field = PageMessages.fieldOf(refused.message()) == PageMessages.Field.USERNAME
                    ? "multiUser:username" : "multiUser:password";
            FacesTexts.error(field, refused.message());
            return null;
        }
        if (result instanceof MultiUserSwitch.AlreadyEnabled) {
            FacesTexts.error(null, FacesTexts.text("security.multi.already"));
            return null;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        SignIn signedIn = login.requestToken(Credentials.of(username, password),
                addresses.of((HttpServletRequest) external.getRequest()));
        if (!(signedIn instanceof SignIn.SignedIn admin)) {
            // Multi-user mode is on; only the sign-in was refused (Simple SSO may forbid it): the sign-in page says why.
            PageSessionCookie.end(external);
            external.redirect(external.getRequestContextPath() + ConsoleGate.SIGN_IN);
            faces.responseComplete();
            return null;
        }
        PageSessionCookie.begin(external, admin.token());
        if (admin.recoveryCodes() != null) {
            return recoveryCodesPage.show(admin.recoveryCodes());
        }
        external.redirect(external.getRequestContextPath() + ConsoleGate.CONSOLE);
        faces.responseComplete();
        return null;
    }

    // --- the single-user password

    /** Sets or changes the instance password: every session ends, this browser's too. */
    public void setPassword() {
        if (!mayChange() || isMultiUser()) {
            return;
        }
        if (nullToEmpty(newPassword).isEmpty()) {
            FacesTexts.error("password:newPassword", FacesTexts.text("security.password.empty"));
            return;
        }
        Optional<String> refused = singleUserPassword.change(newPassword);
        newPassword = null;
        if (refused.isPresent()) {
            FacesTexts.error("password:newPassword", refused.get());
            return;
        }
        PageSessionCookie.end(FacesContext.getCurrentInstance().getExternalContext());
        FacesTexts.info(FacesTexts.text("security.password.set"));
    }

    /** Removes the instance password: anyone who reaches the instance may use it. */
    public void removePassword() {
        if (!mayChange() || isMultiUser() || !isPasswordSet()) {
            return;
        }
        singleUserPassword.disable();
        PageSessionCookie.end(FacesContext.getCurrentInstance().getExternalContext());
        FacesTexts.info(FacesTexts.text("security.password.removed"));
    }

    // --- run-time settings

    public void saveSso() {
        save("security.sso.saved", List.of(
                new RunTimeChange(RunTimeSetting.SIMPLE_SSO_ENABLED, ssoEnabled ? "true" : null),
                new RunTimeChange(RunTimeSetting.SIMPLE_SSO_NO_LOGIN, ssoNoLogin ? "true" : null),
                new RunTimeChange(RunTimeSetting.SIMPLE_SSO_NO_LOGIN_REDIRECT,
                        nullToEmpty(ssoRedirect).isBlank() ? null : ssoRedirect)));
    }

    public void savePolicy() {
        save("security.policy.saved", List.of(
                new RunTimeChange(RunTimeSetting.PASSWORDMINCHAR, nullToEmpty(minLength)),
                new RunTimeChange(RunTimeSetting.PASSWORDMAXCHAR, nullToEmpty(maxLength)),
                // Unset is the default (on); only "false" turns the denylist off.
                new RunTimeChange(RunTimeSetting.GATEHOUSE_PASSWORD_DENYLIST, denylist ? null : "false")));
    }

    public void saveLifetime() {
        save("security.lifetime.saved", List.of(new RunTimeChange(RunTimeSetting.JWT_EXPIRY, nullToEmpty(jwtExpiry))));
    }

    private void save(String savedKey, List<RunTimeChange> changes) {
        if (!mayChange()) {
            return;
        }
        Optional<String> refused = environment.change(changes, actorId());
        if (refused.isEmpty()) {
            FacesTexts.info(FacesTexts.text(savedKey));
            return;
        }
        for (String line : refused.get().split("\n")) {
            FacesTexts.error(fieldOf(line), line);
        }
    }

    /** The field a refusal names: each starts with its variable (the length bounds' one with the minimum). */
    private static String fieldOf(String refusal) {
        if (refusal.startsWith(EnvVar.SIMPLE_SSO_NO_LOGIN_REDIRECT.name())) {
            return "sso:redirect";
        }
        if (refusal.startsWith(EnvVar.PASSWORDMINCHAR.name())) {
            return "policy:minLength";
        }
        if (refusal.startsWith(EnvVar.PASSWORDMAXCHAR.name())) {
            return "policy:maxLength";
        }
        return refusal.startsWith(EnvVar.JWT_EXPIRY.name()) ? "lifetime:jwtExpiry" : null;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    public String getAdminUsername() {
        return adminUsername;
    }

    public void setAdminUsername(String adminUsername) {
        this.adminUsername = adminUsername;
    }

    public String getAdminPassword() {
        return adminPassword;
    }

    public void setAdminPassword(String adminPassword) {
        this.adminPassword = adminPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public boolean isSsoEnabled() {
        return ssoEnabled;
    }

    public void setSsoEnabled(boolean ssoEnabled) {
        this.ssoEnabled = ssoEnabled;
    }

    public boolean isSsoNoLogin() {
        return ssoNoLogin;
    }

    public void setSsoNoLogin(boolean ssoNoLogin) {
        this.ssoNoLogin = ssoNoLogin;
    }

    public String getSsoRedirect() {
        return ssoRedirect;
    }

    public void setSsoRedirect(String ssoRedirect) {
        this.ssoRedirect = ssoRedirect;
    }

    public String getMinLength() {
        return minLength;
    }

    public void setMinLength(String minLength) {
        this.minLength = minLength;
    }

    public String getMaxLength() {
        return maxLength;
    }

    public void setMaxLength(String maxLength) {
        this.maxLength = maxLength;
    }

    public boolean isDenylist() {
        return denylist;
    }

    public void setDenylist(boolean denylist) {
        this.denylist = denylist;
    }

    public String getJwtExpiry() {
        return jwtExpiry;
    }

    public void setJwtExpiry(String jwtExpiry) {
        this.jwtExpiry = jwtExpiry;
    }
}
