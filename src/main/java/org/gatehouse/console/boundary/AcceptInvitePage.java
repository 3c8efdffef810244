package org.gatehouse.console.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gatehouse.auth.control.Credentials;
import org.gatehouse.auth.control.LoginService;
import org.gatehouse.auth.control.SignIn;
import org.gatehouse.invites.control.InviteClaim;
import org.gatehouse.invites.control.Invitations;
import org.gatehouse.platform.control.Outcome;
import org.gatehouse.platform.web.ClientAddresses;
import org.gatehouse.settings.control.Configuration;
import org.gatehouse.settings.control.SystemSettings;
import org.gatehouse.users.control.PasswordInput;
import org.gatehouse.users.control.UsernameRules;
import org.gatehouse.users.entity.User;
import org.gatehouse.workspaces.control.Workspaces;
import org.gatehouse.workspaces.entity.Workspace;

/**
 * {@code /accept-invite/<code>}, the address AnythingLLM's invitation links point to: whether the code is
 * still good ({@code GET /api/invite/:code}), then the account it creates ({@code POST /api/invite/:code},
 * same rules and messages), then the sign-in the web client does right after ({@code /request-token}) into
 * a page session. The answer to that post shows the workspaces the account joined and, because this is
 * the account's first sign-in, its recovery codes, once.
 */
@Named
@RequestScoped
public class AcceptInvitePage {

    /** {@code simpleSSOLoginDisabledMiddleware}'s answer on {@code POST /api/invite/:code} (contract 1.5). */
    static final String CREDENTIAL_LOGIN_DISABLED = "Login via credentials has been disabled by the administrator.";

    private static final Set<String> USERNAME_RULES = Set.of(UsernameRules.TOO_LONG, UsernameRules.TOO_SHORT,
            UsernameRules.PATTERN_MESSAGE, UsernameRules.TAKEN);

    @Inject
    Invitations invitations;

    @Inject
    LoginService login;

    @Inject
    Workspaces workspaces;

    @Inject
    SystemSettings settings;

    @Inject
    Configuration configuration;

    @Inject
    ClientAddresses addresses;

    @Inject
    HttpServletRequest request;

    private String username;
    private String password;
    private Outcome<?> checked;
    private User joined;
    private List<Workspace> joinedWorkspaces = List.of();
    private List<String> recoveryCodes;
    private boolean signedIn;

    /** The code of the address; none when the view was asked for by its own name. */
    public String getCode() {
        Object code = request.getAttribute(ConsolePage.PATH_PARAMETER);
        return code == null ? "" : code.toString();
    }

    /** Whether the code can still be redeemed (the form is shown only then). */
    public boolean isValid() {
        return joined == null && check().isDone();
    }

    /** Why the code cannot be redeemed, in the words of {@code GET /api/invite/:code}; null when it can. */
    public String getProblem() {
        return joined == null ? check().error() : null;
    }

    private Outcome<?> check() {
        if (checked == null) {
            checked = getCode().isEmpty() ? Outcome.notFound(Invitations.UNKNOWN_CODE) : invitations.check(getCode());
        }
        return checked;
    }

    /** Creates the account, signs it in, and shows where it landed. */
    public void accept() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (settings.isMultiUserMode() && configuration.credentialLoginDisabledBySso()) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, CREDENTIAL_LOGIN_DISABLED, null));
            return;
        }
        String name = username == null ? "" : username;
        String secret = password == null ? "" : password;
        Outcome<User> accepted = invitations.accept(new InviteClaim(getCode(), name, PasswordInput.of(secret)));
        if (!(accepted instanceof Outcome.Done<User> done)) {
            String field = USERNAME_RULES.contains(accepted.error()) ? "accept:username"
                    : Invitations.INVALID.equals(accepted.error()) ? null : "accept:password";
            faces.addMessage(field, new FacesMessage(FacesMessage.SEVERITY_ERROR, accepted.error(), null));
            password = null;
            checked = null;
            return;
        }
        joined = done.value();
        joinedWorkspaces = workspaces.visibleTo(Optional.of(joined));
        password = null;
        SignIn signIn = login.requestToken(Credentials.of(name, secret), addresses.of(request));
        ExternalContext external = faces.getExternalContext();
        if (signIn instanceof SignIn.SignedIn signedIn) {
            PageSessionCookie.begin(external, signedIn.token());
            recoveryCodes = signedIn.recoveryCodes();
            if (recoveryCodes != null) {
                ConsoleGate.noStore(external);
            }
            this.signedIn = true;
        } else if (signIn instanceof SignIn.Refused refused) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, refused.refusal().message(), null));
        }
    }

    /** The account this post created, or null. */
    public User getJoined() {
        return joined;
    }

    /** Whether the new account was also signed in (it is, unless a sign-in rule refused it). */
    public boolean isSignedIn() {
        return signedIn;
    }

    public List<Workspace> getJoinedWorkspaces() {
        return joinedWorkspaces;
    }

    /** The recovery codes of the first sign-in: shown on this answer only, never again. */
    public List<String> getRecoveryCodes() {
        return recoveryCodes;
    }

    /** The codes as a text file the browser saves without another request (a data URL). */
    public String getRecoveryCodesDownload() {
        return recoveryCodes == null ? null : RecoveryCodesPage.download(recoveryCodes);
    }

    /** The codes one a line, for the field the copy button reads. */
    public String getRecoveryCodesText() {
        return recoveryCodes == null ? "" : String.join("\n", recoveryCodes);
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
