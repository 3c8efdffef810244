package org.gatehouse.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.gatehouse.platform.config.EnvVar;
import org.gatehouse.settings.control.Configuration;

/**
 * The client address that sign-in throttling, SSO, account recovery and the event log record: the
 * socket's remote address, as Express reports it, or, when that is one of {@code GATEHOUSE_TRUSTED_PROXIES},
 * the client that proxy names in {@code X-Forwarded-For}. Without the setting, the header is ignored
 * (anyone can send it).
 */
@ApplicationScoped
public class ClientAddresses {

    public static final String UNKNOWN = "Unknown IP";

    private static final Logger LOG = Logger.getLogger(ClientAddresses.class.getName());

    @Inject
    Configuration configuration;

    private volatile Parsed parsed = new Parsed("", TrustedProxies.none());

    public String of(HttpServletRequest request) {
        String remote = request == null ? null : request.getRemoteAddr();
        if (remote == null || remote.isEmpty()) {
            return UNKNOWN;
        }
        TrustedProxies proxies = proxies();
        if (proxies.isEmpty()) {
            return remote;
        }
        return proxies.client(remote, Collections.list(request.getHeaders("X-Forwarded-For")));
    }

    /**
     * Whether the browser reached us over HTTPS: the connection itself, or a trusted proxy that terminated
     * TLS and says so in {@code X-Forwarded-Proto} (from anyone else the header is ignored).
     */
    public boolean isHttps(HttpServletRequest request) {
        if (request.isSecure()) {
            return true;
        }
        String forwarded = request.getHeader("X-Forwarded-Proto");
        if (forwarded == null) {
            return false;
        }
        String first = forwarded.split(",", 2)[0].trim();
        return first.equalsIgnoreCase("https") && proxies().trusts(request.getRemoteAddr());
    }

    private TrustedProxies proxies() {
        String setting = configuration.nonEmpty(EnvVar.GATEHOUSE_TRUSTED_PROXIES).orElse("");
        Parsed current = parsed;
        if (!current.setting().equals(setting)) {
            current = new Parsed(setting, parse(setting));
            parsed = current;
        }
        return current.proxies();
    }

    private static TrustedProxies parse(String setting) {
        try {
            return TrustedProxies.parse(setting);
        } catch (IllegalArgumentException invalid) {
            LOG.log(Level.WARNING, "GATEHOUSE_TRUSTED_PROXIES ignored: {0}", invalid.getMessage());
            return TrustedProxies.none();
        }
    }

    private record Parsed(String setting, TrustedProxies proxies) {
    }
}
