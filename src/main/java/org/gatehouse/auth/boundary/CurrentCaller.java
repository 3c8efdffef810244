package org.gatehouse.auth.boundary;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.subject.Subject;
import org.gatehouse.auth.control.AuthMode;
import org.gatehouse.users.entity.User;

/** Who is calling, as {@link ValidatedRequestFilter} established it for this request. */
@RequestScoped
public class CurrentCaller {

    private AuthMode mode = AuthMode.OPEN;

    void establish(AuthMode mode) {
        this.mode = mode;
    }

    public AuthMode mode() {
        return mode;
    }

    /** The signed-in user in multi-user mode; empty in single-user mode. */
    public Optional<User> user() {
        Subject subject = SecurityUtils.getSubject();
        if (!subject.isAuthenticated()) {
            return Optional.empty();
        }
        Object principal = subject.getPrincipal();
        return principal instanceof User user ? Optional.of(user) : Optional.empty();
    }

    /** The browser-extension key of this request, when {@link ValidBrowserExtensionKey} admitted it. */
    public Optional<org.gatehouse.apikeys.entity.BrowserExtensionApiKey> browserExtensionKey() {
        Subject subject = SecurityUtils.getSubject();
        return subject.isAuthenticated() && subject.getPrincipal() instanceof org.gatehouse.apikeys.entity.BrowserExtensionApiKey key
                ? Optional.of(key) : Optional.empty();
    }

    /** Any of these roles, in multi-user mode. */
    public boolean hasAnyRole(String... roles) {
        Subject subject = SecurityUtils.getSubject();
        if (!mode.isMultiUser() || !subject.isAuthenticated()) {
            return false;
        }
        for (String role : roles) {
            if (subject.hasRole(role)) {
                return true;
            }
        }
        return false;
    }
}
