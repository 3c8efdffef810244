package org.gatehouse.auth.control;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.subject.PrincipalCollection;
import org.apache.shiro.subject.Subject;
import org.gatehouse.apikeys.entity.BrowserExtensionApiKey;
import org.gatehouse.users.entity.User;

/**
 * Who is calling this request, as the guard that admitted it (a JAX-RS filter, or the console's page
 * filter) established it: the {@link AuthMode} it was admitted under and Shiro's subject. Until a guard
 * establishes it there is no caller, and {@link Authorization} refuses everything.
 */
@RequestScoped
public class CurrentCaller {

    private AuthMode mode;

    /** Called once by the guard that admitted the request, with the mode it decided under. */
    public void establish(AuthMode mode) {
        this.mode = mode;
    }

    /** Whether a guard admitted this request. */
    public boolean isEstablished() {
        return mode != null;
    }

    /**
     * The mode the request was admitted under. Asking before a guard ran is a programming error (an
     * endpoint without a guard), answered with an error rather than with the open mode.
     */
    public AuthMode mode() {
        if (mode == null) {
            throw new IllegalStateException("No guard established the caller of this request");
        }
        return mode;
    }

    /** The signed-in user in multi-user mode; empty in single-user mode. */
    public Optional<User> user() {
        return principal(User.class);
    }

    /** The browser-extension key of this request, when {@code @ValidBrowserExtensionKey} admitted it. */
    public Optional<BrowserExtensionApiKey> browserExtensionKey() {
        return principal(BrowserExtensionApiKey.class);
    }

    /** The id of the session token that authenticated this request, if it carries one. */
    public Optional<String> sessionId() {
        PrincipalCollection principals = SecurityUtils.getSubject().getPrincipals();
        return Optional.ofNullable(principals == null ? null : principals.oneByType(SessionToken.Id.class))
                .map(SessionToken.Id::value);
    }

    /** Whether Shiro authenticated a credential for this request. */
    boolean isAuthenticated() {
        return SecurityUtils.getSubject().isAuthenticated();
    }

    private <T> Optional<T> principal(Class<T> type) {
        Subject subject = SecurityUtils.getSubject();
        return subject.isAuthenticated() && type.isInstance(subject.getPrincipal())
                ? Optional.of(type.cast(subject.getPrincipal())) : Optional.empty();
    }
}
