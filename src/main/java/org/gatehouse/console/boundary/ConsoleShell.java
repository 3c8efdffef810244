package org.gatehouse.console.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.gatehouse.auth.control.AuthMode;
import org.gatehouse.auth.control.Authorization;
import org.gatehouse.auth.control.CurrentCaller;
import org.gatehouse.auth.control.Sessions;
import org.gatehouse.files.control.Logos;
import org.gatehouse.settings.control.SystemSettings;
import org.gatehouse.users.entity.User;

/** What every console page shows around its content: the instance's name and logo, who is signed in, the mode, and signing out. */
@Named
@RequestScoped
public class ConsoleShell {

    private static final String CUSTOM_APP_NAME = "custom_app_name";
    private static final String META_PAGE_TITLE = "meta_page_title";

    @Inject
    CurrentCaller caller;

    @Inject
    Authorization authorization;

    @Inject
    Sessions sessions;

    @Inject
    HttpServletRequest request;

    @Inject
    SystemSettings settings;

    @Inject
    Logos logos;

    private String brandName;
    private Optional<String> logoAddress;

    /** The sidebar: exactly the pages this caller may open, by section. */
    public List<ConsolePage.Group> getNavigation() {
        return ConsolePage.listedFor(authorization);
    }

    /** Whether this sidebar entry is the page being shown (a detail page marks its list). */
    public boolean isCurrent(ConsolePage page) {
        Object current = request.getAttribute(ConsolePage.CURRENT);
        return current == page || current instanceof ConsolePage shown && shown.address().equals(page.address() + "/*");
    }

    /** The instance's name in the header: the customized app name, else Gatehouse. */
    public String getBrandName() {
        if (brandName == null) {
            brandName = settings.value(CUSTOM_APP_NAME).filter(name -> !name.isBlank())
                    .orElseGet(() -> FacesTexts.text("app.name"));
        }
        return brandName;
    }

    /** What the browser's tab names after the page: the customized page title, else the header's name. */
    public String getBrowserTitle() {
        return settings.value(META_PAGE_TITLE).filter(title -> !title.isBlank()).orElseGet(this::getBrandName);
    }

    /**
     * The custom logo as the public logo endpoint (E10, no credential needed) serves it, its stored name
     * in the query so a new upload is never a cached old one; empty while the default applies.
     */
    public String getLogoAddress() {
        if (logoAddress == null) {
            logoAddress = logos.customName().map(name -> request.getContextPath() + "/api/system/logo?v="
                    + URLEncoder.encode(name, StandardCharsets.UTF_8));
        }
        return logoAddress.orElse("");
    }

    /** The signed-in user's name; in single-user mode, the instance's password holder. */
    public String getDisplayName() {
        return authorization.user().map(User::getUsername).orElse(null);
    }

    /** The signed-in user's role; empty in single-user mode. */
    public String getRole() {
        return authorization.user().map(User::getRole).orElse(null);
    }

    /** An instance without a password: the console is open to anyone who reaches it. */
    public boolean isOpenInstance() {
        return caller.isEstablished() && caller.mode() == AuthMode.OPEN;
    }

    /** Ends the caller's sessions, as {@code POST /api/system/logout} does, and leaves for the sign-in page. */
    public void signOut() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        if (caller.isEstablished() && caller.mode() == AuthMode.MULTI_USER) {
            authorization.user().ifPresent(sessions::endAllOf);
        } else if (caller.isEstablished() && caller.mode() == AuthMode.SINGLE_USER) {
            sessions.endAllSingleUser();
        }
        PageSessionCookie.end(external);
        external.redirect(external.getRequestContextPath() + ConsoleGate.SIGN_IN);
    }
}
