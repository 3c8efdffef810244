package org.gatehouse.console.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
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

    @Inject
    RecoveryCodesPage recoveryCodesPage;

    private String username;
    private String password;

    /** Whether the form asks for a username (multi-user mode) or only the instance password. */
    public boolean isMultiUser() {
        return modes.current() == AuthMode.MULTI_USER;
    }

    /**
     * Signs in; on success the browser goes to the console with a fresh session. A first sign-in that
     * issued recovery codes renders them in this very response instead ({@link RecoveryCodesPage}).
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
        PageSessionCookie.begin(external, token);
        if (outcome instanceof SignIn.SignedIn signedIn && signedIn.recoveryCodes() != null) {
            password = null;
            return recoveryCodesPage.show(signedIn.recoveryCodes());
        }
        external.redirect(external.getRequestContextPath() + ConsoleGate.CONSOLE);
        return null;
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
