package org.gatehouse.console.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.gatehouse.auth.control.AuthMode;
import org.gatehouse.auth.control.AuthModes;
import org.gatehouse.auth.control.Credentials;
import org.gatehouse.auth.control.LoginService;
import org.gatehouse.auth.control.SignIn;
import org.gatehouse.platform.web.ClientAddresses;

/**
 * The sign-in screen: the same sign-in as {@code POST /api/request-token} (throttling, events, messages),
 * ending in a page session cookie instead of a token in the body.
 */
@Named
@RequestScoped
public class SignInPage {

    @Inject
    LoginService login;

    @Inject
    AuthModes modes;

    @Inject
    ClientAddresses addresses;

    private String username;
    private String password;
    private List<String> recoveryCodes;

    /** Whether the form asks for a username (multi-user mode) or only the instance password. */
    public boolean isMultiUser() {
        return modes.current() == AuthMode.MULTI_USER;
    }

    /**
     * Signs in; on success the browser goes to the console with a fresh session. A first sign-in that
     * issued recovery codes renders them in this very response instead (the recovery-codes view): they
     * exist nowhere else, not in a node's memory nor in the session, so they cannot be shown twice.
     */
    public String signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        Credentials credentials = isMultiUser() ? Credentials.of(nullToEmpty(username), nullToEmpty(password))
                : Credentials.password(nullToEmpty(password));
        SignIn outcome = login.requestToken(credentials, addresses.of(request));
        String token = outcome instanceof SignIn.SignedIn signedIn ? signedIn.token()
                : outcome instanceof SignIn.SingleUserSignedIn single ? single.token() : null;
        if (token == null) {
            String message = ((SignIn.Refused) outcome).refusal().message();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
            password = null;
            return null;
        }
        // A new page session never inherits an HTTP session from before the sign-in (session fixation).
        external.invalidateSession();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        PageSessionCookie.write(request, response, token);
        if (outcome instanceof SignIn.SignedIn signedIn && signedIn.recoveryCodes() != null) {
            recoveryCodes = signedIn.recoveryCodes();
            password = null;
            response.setHeader("Cache-Control", "no-store");
            return ConsolePage.RECOVERY_CODES.view();
        }
        external.redirect(external.getRequestContextPath() + ConsoleGate.CONSOLE);
        return null;
    }

    /** The recovery codes this sign-in issued, or null: only the response of that sign-in has them. */
    public List<String> getRecoveryCodes() {
        return recoveryCodes;
    }

    /** The codes as the text file the page offers for download, in a data URL the browser saves itself. */
    public String getRecoveryCodesDownload() {
        String file = String.join("\n", recoveryCodes) + "\n";
        return "data:text/plain;charset=utf-8," + URLEncoder.encode(file, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
