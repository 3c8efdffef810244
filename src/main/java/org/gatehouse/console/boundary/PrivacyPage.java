package org.gatehouse.console.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import org.gatehouse.auth.control.Authorization;
import org.gatehouse.settings.control.EnvironmentSettings;
import org.gatehouse.telemetry.control.Telemetry;
import org.gatehouse.users.entity.Role;
import org.gatehouse.users.entity.User;

/**
 * Telemetry on or off (the web client's {@code DisableTelemetry} through update-env's own
 * {@link EnvironmentSettings}, so the switch is logged and sends its last event as the API's does), and
 * the exact bodies {@link Telemetry} would post, built by the same method that posts them.
 */
@Named
@RequestScoped
public class PrivacyPage {

    static final String ADDRESS = "/admin/privacy";

    @Inject
    Telemetry telemetry;

    @Inject
    EnvironmentSettings environment;

    @Inject
    Authorization authorization;

    private Telemetry.Status status;
    private List<Telemetry.Example> examples;

    @PostConstruct
    void load() {
        status = telemetry.status();
    }

    /** The success message of the switch that redirected here ({@code ?done=on|off}). */
    public void announce() {
        String done = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("done");
        if ("on".equals(done) || "off".equals(done)) {
            FacesTexts.info(FacesTexts.text("privacy.done." + done));
        }
    }

    public void switchOn() throws IOException {
        change("false", "on");
    }

    public void switchOff() throws IOException {
        change("true", "off");
    }

    private void change(String disableTelemetry, String done) throws IOException {
        if (!authorization.flexAllows(Role.ADMIN)) {
            FacesTexts.error(null, FacesTexts.text("privacy.notAllowed"));
            return;
        }
        EnvironmentSettings.Applied applied = environment.update(
                List.of(new EnvironmentSettings.Change("DisableTelemetry", disableTelemetry)),
                authorization.user().map(User::getId).orElse(null));
        if (applied.error().isPresent()) {
            FacesTexts.error(null, applied.error().get());
            return;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + ADDRESS + "?done=" + done);
    }

    public Telemetry.Status getStatus() {
        return status;
    }

    /** The receiver's address, or empty when none is configured. */
    public String getReceiver() {
        return status.receiver().orElse("");
    }

    public String getContentType() {
        return Telemetry.CONTENT_TYPE;
    }

    public List<Telemetry.Example> getExamples() {
        if (examples == null) {
            examples = telemetry.examples();
        }
        return examples;
    }
}
