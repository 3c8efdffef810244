package org.gatehouse.console.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import org.gatehouse.auth.control.AuthMode;
import org.gatehouse.auth.control.AuthModes;
import org.gatehouse.platform.web.ClientAddresses;
import org.gatehouse.recovery.control.AccountRecovery;

/**
 * "Forgot password?": the same two steps as {@code POST /api/system/recover-account} and
 * {@code /reset-password}, through {@link AccountRecovery} (throttling and events included). The reset
 * token lives only in the hidden field of the second form, in a response that is never cached, and is
 * carried back by that form's post; it is never put in an address, a log or the session.
 */
@Named
@RequestScoped
public class RecoverPage {

    /** The request parameter of the second form's hidden token field (form "reset", field "token"). */
    static final String TOKEN_FIELD = "reset:token";

    /** Where the page is: asking for the codes, asking for the new password, or done. */
    public enum Step { CODES, NEW_PASSWORD, DONE }

    @Inject
    AccountRecovery recovery;

    @Inject
    AuthModes modes;

    @Inject
    ClientAddresses addresses;

    @Inject
    HttpServletRequest request;

    private Step step;
    private String username;
    private String firstCode;
    private String secondCode;
    private String token;
    private String newPassword;
    private String confirmPassword;

    /** Account recovery exists in multi-user mode only, as the API's {@code isMultiUserSetup}. */
    public boolean isAvailable() {
        return modes.current() == AuthMode.MULTI_USER;
    }

    /** The step shown; a post of the second form is in that step from the start, so its fields are read. */
    public Step getStep() {
        if (step == null) {
            step = request.getParameter(TOKEN_FIELD) != null ? Step.NEW_PASSWORD : Step.CODES;
        }
        return step;
    }

    /** Step one: two recovery codes buy a reset token, or the API's refusal. */
    public void recover() {
        if (!isAvailable()) {
            return;
        }
        Optional<String> reset = recovery.recover(text(username), List.of(text(firstCode), text(secondCode)),
                addresses.of(request));
        firstCode = null;
        secondCode = null;
        if (reset.isEmpty()) {
            FacesTexts.error(null, AccountRecovery.INVALID_CODES);
            step = Step.CODES;
            return;
        }
        token = reset.get();
        step = Step.NEW_PASSWORD;
        ConsoleGate.noStore(FacesContext.getCurrentInstance().getExternalContext());
    }

    /** Step two: the new password, refused with the rule's message next to the field it concerns. */
    public void reset() {
        if (!isAvailable()) {
            return;
        }
        AccountRecovery.Reset outcome = recovery.reset(token, newPassword, confirmPassword);
        newPassword = null;
        confirmPassword = null;
        if (outcome.success()) {
            token = null;
            step = Step.DONE;
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_INFO, outcome.message(), null));
        } else if (outcome.passwordProblem() != null || AccountRecovery.INVALID_PASSWORD.equals(outcome.message())) {
            FacesTexts.error("reset:newPassword", outcome.passwordProblem() != null ? outcome.passwordProblem() : outcome.message());
            step = Step.NEW_PASSWORD;
            ConsoleGate.noStore(FacesContext.getCurrentInstance().getExternalContext());
        } else if (outcome.message() != null) {
            FacesTexts.error("reset:confirmPassword", outcome.message());
            step = Step.NEW_PASSWORD;
            ConsoleGate.noStore(FacesContext.getCurrentInstance().getExternalContext());
        } else {
            // Unknown, used or expired token: the API answers without a message; the page says what to do.
            token = null;
            step = Step.CODES;
            FacesTexts.error(null, FacesTexts.text("recover.expired"));
        }
    }


    private static String text(String value) {
        return value == null ? "" : value;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getFirstCode() {
        return firstCode;
    }

    public void setFirstCode(String firstCode) {
        this.firstCode = firstCode;
    }

    public String getSecondCode() {
        return secondCode;
    }

    public void setSecondCode(String secondCode) {
        this.secondCode = secondCode;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirmPassword() {
        return confirmPassword;
    }

    public void setConfirmPassword(String confirmPassword) {
        this.confirmPassword = confirmPassword;
    }
}
