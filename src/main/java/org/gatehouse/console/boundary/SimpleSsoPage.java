package org.gatehouse.console.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Optional;
import org.gatehouse.auth.control.SignIn;
import org.gatehouse.auth.control.SsoLogin;
import org.gatehouse.platform.control.Outcome;
import org.gatehouse.platform.web.ClientAddresses;
import org.gatehouse.settings.control.Configuration;

/**
 * AnythingLLM's {@code /sso/simple?token=} landing: the one-time token is redeemed exactly as
 * {@code GET /api/request-token/sso/simple} does (same realm, events, single use), and a valid one signs the
 * browser in with a page session and sends it on, so the token leaves the address bar at once. A refusal
 * is shown with the API's message.
 */
@Named
@RequestScoped
public class SimpleSsoPage {

    @Inject
    SsoLogin sso;

    @Inject
    ClientAddresses addresses;

    @Inject
    Configuration configuration;

    private String token;
    private String redirectTo;
    private String error;

    /** Runs on the landing's GET: signs in and leaves, or keeps the page to show why not. */
    public void land() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        ConsoleGate.noStore(external);
        Optional<String> unavailable = sso.unavailable();
        if (unavailable.isPresent()) {
            error = unavailable.get();
            return;
        }
        if (token == null || token.isBlank()) {
            error = "No token provided.";
            return;
        }
        Outcome<SignIn.SignedIn> outcome = sso.redeem(token, addresses.of(request));
        if (!(outcome instanceof Outcome.Done<SignIn.SignedIn> done)) {
            error = outcome.error();
            return;
        }
        // As at the sign-in: a fresh page session, never an HTTP session from before (session fixation).
        PageSessionCookie.begin(external, done.value().token());
        external.redirect(external.getRequestContextPath() + landing());
    }

    /**
     * AnythingLLM's {@code redirectTo}, honoured only for a console address of this server, so the landing
     * cannot be used to send a freshly signed-in browser elsewhere.
     */
    private String landing() {
        if (redirectTo != null && redirectTo.startsWith(ConsoleGate.CONSOLE) && !redirectTo.contains("//")
                && !redirectTo.contains("\\") && ConsolePage.at(redirectTo.split("[?#]", 2)[0]).isPresent()) {
            return redirectTo;
        }
        return ConsoleGate.CONSOLE;
    }

    /** Why the token did not sign in, in the API's words; null before the landing ran. */
    public String getError() {
        return error;
    }

    /** Whether the sign-in form is there to fall back on (not when SSO turned credential login off). */
    public boolean isCredentialLoginAllowed() {
        return !configuration.credentialLoginDisabledBySso();
    }

    public String getToken() {
        return null; // never rendered back
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getRedirectTo() {
        return redirectTo;
    }

    public void setRedirectTo(String redirectTo) {
        this.redirectTo = redirectTo;
    }
}
