package org.gatehouse.settings.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.gatehouse.platform.config.EnvVar;
import org.gatehouse.platform.config.Environment;
import org.gatehouse.platform.config.StorageLocation;
import org.gatehouse.platform.time.MsDuration;

/**
 * Every environment variable of contract appendix B, read in one place.
 *
 * <p>Precedence, highest first: a value changed at run time (kept in the database, seen by every node),
 * a JVM system property of the same name, the process environment, the built-in default.
 */
@ApplicationScoped
public class Configuration {

    static final Duration DEFAULT_JWT_EXPIRY = Duration.ofDays(30);

    @Inject
    EnvironmentOverlay overlay;

    private Environment environment = Environment.system();

    /** Where a variable's current value comes from, in the order of precedence. */
    public enum Source {
        RUN_TIME, SYSTEM_PROPERTY, ENVIRONMENT, DEFAULT
    }

    /**
     * One variable as an administrator may see it: whether it is set, its value unless it is a secret (a
     * secret's value never leaves this method), and where that value comes from.
     */
    public record Setting(EnvVar variable, Source source, boolean set, Optional<String> shownValue) {

        public boolean secret() {
            return variable.isSecret();
        }

        public boolean presenceFlag() {
            return variable.isPresenceFlag();
        }
    }

    /**
     * The variable's current state. A presence flag is set when present at all; a secret when not empty
     * (an empty {@code AUTH_TOKEN} protects nothing); a run-time unset is a run-time change too.
     */
    public Setting describe(EnvVar variable) {
        Optional<Optional<String>> changed = overlay.lookup(variable.name());
        Source source = changed.isPresent() ? Source.RUN_TIME
                : environment.origin(variable.name()).map(origin -> origin == Environment.Origin.SYSTEM_PROPERTY
                        ? Source.SYSTEM_PROPERTY : Source.ENVIRONMENT).orElse(Source.DEFAULT);
        Optional<String> value = value(variable);
        if (variable.isSecret()) {
            return new Setting(variable, source, value.filter(text -> !text.isEmpty()).isPresent(), Optional.empty());
        }
        return new Setting(variable, source, value.isPresent(), value);
    }

    /** Every variable that concerns administration and sign-in, in {@link EnvVar}'s order. */
    public List<Setting> administrationSettings() {
        return Arrays.stream(EnvVar.values()).filter(variable -> variable.group().concernsAdministration())
                .map(this::describe).toList();
    }

    /** The raw value, empty string included; empty when the variable is not set at all. */
    public Optional<String> value(EnvVar variable) {
        Optional<Optional<String>> changed = overlay.lookup(variable.name());
        return changed.isPresent() ? changed.get() : environment.get(variable.name());
    }

    /** The value when set to something other than the empty string. */
    public Optional<String> nonEmpty(EnvVar variable) {
        return value(variable).filter(value -> !value.isEmpty());
    }

    /** Presence flags count whatever the value, even {@code ""} or {@code "false"} (contract 1.5). */
    public boolean isPresent(EnvVar variable) {
        return value(variable).isPresent();
    }

    /** A whole number, or the default when unset or unreadable. */
    public int intValue(EnvVar variable, int defaultValue) {
        return nonEmpty(variable).map(text -> {
            try {
                return Integer.parseInt(text.trim());
            } catch (NumberFormatException e) {
                return defaultValue;
            }
        }).orElse(defaultValue);
    }

    /** The SSO switch that turns credential sign-in off: multi-user mode plus both SSO flags (contract 1.5). */
    public boolean credentialLoginDisabledBySso() {
        return simpleSsoEnabled() && simpleSsoNoLogin();
    }

    public Optional<String> authToken() {
        return nonEmpty(EnvVar.AUTH_TOKEN);
    }

    public Optional<String> jwtSecret() {
        return nonEmpty(EnvVar.JWT_SECRET);
    }

    /** {@code JWT_EXPIRY} in AnythingLLM's notation; 30 days when unset or unreadable. */
    public Duration jwtExpiry() {
        return nonEmpty(EnvVar.JWT_EXPIRY).flatMap(MsDuration::parse)
                .filter(duration -> !duration.isNegative() && !duration.isZero())
                .orElse(DEFAULT_JWT_EXPIRY);
    }

    /** {@code NODE_ENV=development} switches single-user authentication off, as in AnythingLLM. */
    public boolean isDevelopment() {
        return value(EnvVar.NODE_ENV).filter("development"::equals).isPresent();
    }

    /**
     * The raw {@code DISABLE_TELEMETRY} value reported to clients: {@code "true"} by default, so a company
     * deployment sends nothing unless it opts in (AnythingLLM defaults to sending).
     */
    public String disableTelemetry() {
        return value(EnvVar.DISABLE_TELEMETRY).orElse("true");
    }

    /** Telemetry is off only for exactly {@code "true"}, or in development. */
    public boolean telemetryDisabled() {
        return "true".equals(disableTelemetry()) || isDevelopment();
    }

    public boolean simpleSsoEnabled() {
        return isPresent(EnvVar.SIMPLE_SSO_ENABLED);
    }

    public boolean simpleSsoNoLogin() {
        return isPresent(EnvVar.SIMPLE_SSO_NO_LOGIN);
    }

    /**
     * Where the login page sends people when credential login is off: only with all three SSO variables
     * present and a redirect that parses as an absolute URL, normalized the way a browser's URL does.
     */
    public Optional<String> simpleSsoNoLoginRedirect() {
        if (!simpleSsoEnabled() || !simpleSsoNoLogin()) {
            return Optional.empty();
        }
        return value(EnvVar.SIMPLE_SSO_NO_LOGIN_REDIRECT).flatMap(Configuration::normalizedUrl);
    }

    public boolean chatHistoryViewDisabled() {
        return isPresent(EnvVar.DISABLE_VIEW_CHAT_HISTORY);
    }

    public boolean workspaceDeletionProtected() {
        return isPresent(EnvVar.WORKSPACE_DELETION_PROTECTION);
    }

    public boolean swaggerDocsDisabled() {
        return value(EnvVar.DISABLE_SWAGGER_DOCS).filter("true"::equals).isPresent();
    }

    /** This node's storage directory (created when missing). */
    public Path storageDirectory() {
        return StorageLocation.resolve(environment);
    }

    /** Replaces the process environment, for tests. */
    void useEnvironment(Environment replacement) {
        this.environment = replacement;
    }

    static Optional<String> normalizedUrl(String text) {
        try {
            URI uri = new URI(text.trim());
            if (uri.getScheme() == null || (uri.isOpaque() ? false : uri.getHost() == null)) {
                return Optional.empty();
            }
            if (uri.isOpaque()) {
                return Optional.of(uri.toString());
            }
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            URI normalized = new URI(uri.getScheme().toLowerCase(Locale.ROOT), uri.getRawUserInfo(),
                    uri.getHost().toLowerCase(Locale.ROOT), uri.getPort(), null, null, null);
            StringBuilder result = new StringBuilder(normalized.toString()).append(path);
            if (uri.getRawQuery() != null) {
                result.append('?').append(uri.getRawQuery());
            }
            if (uri.getRawFragment() != null) {
                result.append('#').append(uri.getRawFragment());
            }
            return Optional.of(result.toString());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
