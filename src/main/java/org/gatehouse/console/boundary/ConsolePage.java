package org.gatehouse.console.boundary;

import jakarta.enterprise.inject.spi.CDI;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.gatehouse.auth.control.Authorization;
import org.gatehouse.settings.control.Configuration;
import org.gatehouse.users.entity.Role;

/**
 * Every page of the console: its address, its Facelets view, who may open it, and the sidebar section
 * that lists it (none for a page reached from another). {@link ConsoleGate} serves an address only through
 * this table, so a page without an entry cannot be reached, and the sidebar is the same table filtered by the same {@link Authorization}.
 * An address ending in {@code /*} takes one more path segment, handed to the page as
 * {@link #PATH_PARAMETER} (for example {@code /admin/users/42}).
 */
public enum ConsolePage {

    DASHBOARD("/admin/", "/admin/index.xhtml", Access.EVERYONE, "pi-home", Section.ADMINISTRATION),
    USERS("/admin/users", "/admin/users.xhtml", Access.ADMINS_AND_MANAGERS, "pi-users", Section.ADMINISTRATION),
    USER("/admin/users/*", "/admin/user.xhtml", Access.ADMINS_AND_MANAGERS, null, null),
    INVITATIONS("/admin/invitations", "/admin/invitations.xhtml", Access.ADMINS_AND_MANAGERS, "pi-envelope",
            Section.ADMINISTRATION),
    WORKSPACES("/admin/workspaces", "/admin/workspaces.xhtml", Access.FLEX_ADMINS_AND_MANAGERS, "pi-th-large",
            Section.ADMINISTRATION),
    WORKSPACE("/admin/workspaces/*", "/admin/workspace.xhtml", Access.FLEX_ADMINS_AND_MANAGERS, null, null),
    CHAT_HISTORY("/admin/chat-history", "/admin/chat-history.xhtml", Access.CHAT_HISTORY_VIEWERS, "pi-comments",
            Section.ADMINISTRATION),
    SESSIONS("/admin/sessions", "/admin/sessions.xhtml", Access.FLEX_ADMINS_AND_MANAGERS, "pi-sign-out",
            Section.ACCESS),
    SECURITY("/admin/security", "/admin/security.xhtml", Access.FLEX_ADMINS, "pi-shield", Section.ACCESS),
    API_KEYS("/admin/api-keys", "/admin/api-keys.xhtml", Access.FLEX_ADMINS, "pi-key", Section.ACCESS),
    BROWSER_EXTENSION("/admin/browser-extension", "/admin/browser-extension.xhtml", Access.FLEX_ADMINS_AND_MANAGERS,
            "pi-globe", Section.ACCESS),
    EVENT_LOG("/admin/event-log", "/admin/event-log.xhtml", Access.FLEX_ADMINS, "pi-list", Section.INSTANCE),
    CUSTOMIZATION("/admin/customization", "/admin/customization.xhtml", Access.FLEX_ADMINS_AND_MANAGERS,
            "pi-palette", Section.INSTANCE),
    PRIVACY("/admin/privacy", "/admin/privacy.xhtml", Access.FLEX_ADMINS, "pi-eye", Section.INSTANCE),
    ENVIRONMENT("/admin/environment", "/admin/environment.xhtml", Access.FLEX_ADMINS, "pi-sliders-h",
            Section.INSTANCE),
    PROFILE("/admin/profile", "/admin/profile.xhtml", Access.SIGNED_IN_USER, "pi-user", Section.ACCOUNT),
    RECOVERY_CODES("/admin/recovery-codes", "/admin/recovery-codes.xhtml", Access.SIGNED_IN_USER, null, null);

    /** The request attribute that holds the last path segment of a {@code /*} address. */
    public static final String PATH_PARAMETER = "gatehouse.pathParameter";

    /** The request attribute that holds the page being served. */
    public static final String CURRENT = "gatehouse.page";

    private final String address;
    private final String view;
    private final Access access;
    private final String icon;
    private final Section section;

    ConsolePage(String address, String view, Access access, String icon, Section section) {
        this.address = address;
        this.view = view;
        this.access = access;
        this.icon = icon;
        this.section = section;
    }

    /** The page at this path (relative to the context root), with its path parameter if it takes one. */
    static Optional<Match> at(String path) {
        String plain = path.endsWith(".xhtml") ? path.substring(0, path.length() - ".xhtml".length()) : path;
        if (plain.equals("/admin") || plain.equals("/admin/index")) {
            plain = DASHBOARD.address;
        }
        for (ConsolePage page : values()) {
            if (page.address.equals(plain) || page.view.equals(path)) {
                return Optional.of(new Match(page, null));
            }
            if (page.address.endsWith("/*")) {
                String prefix = page.address.substring(0, page.address.length() - 1);
                String rest = plain.startsWith(prefix) ? plain.substring(prefix.length()) : "";
                if (!rest.isEmpty() && !rest.contains("/")) {
                    return Optional.of(new Match(page, rest));
                }
            }
        }
        return Optional.empty();
    }

    /** The sidebar this caller sees: each section with the pages of it they may open, in order; no empty section. */
    static List<Group> listedFor(Authorization authorization) {
        Map<Section, List<ConsolePage>> bySection = Arrays.stream(values())
                .filter(page -> page.section != null && page.allows(authorization))
                .collect(Collectors.groupingBy(page -> page.section, () -> new EnumMap<>(Section.class),
                        Collectors.toList()));
        return bySection.entrySet().stream().map(entry -> new Group(entry.getKey(), entry.getValue())).toList();
    }

    /** Whether the caller of this request may open the page. */
    public boolean allows(Authorization authorization) {
        return access.allows(authorization);
    }

    public String address() {
        return address;
    }

    public String view() {
        return view;
    }

    /** The PrimeIcons class of the sidebar entry. */
    public String getIcon() {
        return icon;
    }

    /** The key of the page's name in the console's texts. */
    public String getTextKey() {
        return "page." + name().toLowerCase().replace('_', '-');
    }

    /** The address to link to (for a page that takes a parameter, its list's address). */
    public String getAddress() {
        return address;
    }

    /** A part of the sidebar. */
    public enum Section {
        ADMINISTRATION, ACCESS, INSTANCE, ACCOUNT;

        /** The key of the section's heading in the console's texts. */
        public String getTextKey() {
            return "section." + name().toLowerCase();
        }
    }

    /** A section of the sidebar with the pages the caller may open in it. */
    public record Group(Section section, List<ConsolePage> pages) {
    }

    /** A page found for a path, with its last path segment when its address takes one. */
    record Match(ConsolePage page, String parameter) {
    }

    /** Who may open a page, always decided by {@link Authorization}. */
    enum Access {
        /** Anyone the console admitted: any signed-in user, the single-user password holder, an open instance. */
        EVERYONE {
            @Override
            boolean allows(Authorization authorization) {
                return authorization.flexAllows(Role.values());
            }
        },
        /** A signed-in account of multi-user mode, whatever its role (there is no profile in single-user mode). */
        SIGNED_IN_USER {
            @Override
            boolean allows(Authorization authorization) {
                return authorization.hasRole(Role.values());
            }
        },
        /** Multi-user mode only, as AnythingLLM's {@code strictMultiUserRoleValid([admin, manager])}. */
        ADMINS_AND_MANAGERS {
            @Override
            boolean allows(Authorization authorization) {
                return authorization.hasRole(Role.ADMIN, Role.MANAGER);
            }
        },
        /** Multi-user mode only, admins. */
        ADMINS {
            @Override
            boolean allows(Authorization authorization) {
                return authorization.hasRole(Role.ADMIN);
            }
        },
        /** As AnythingLLM's {@code flexUserRoleValid([admin, manager])}: the single-user password holder too. */
        FLEX_ADMINS_AND_MANAGERS {
            @Override
            boolean allows(Authorization authorization) {
                return authorization.flexAllows(Role.ADMIN, Role.MANAGER);
            }
        },
        /** As AnythingLLM's {@code flexUserRoleValid([admin])}: the single-user password holder too. */
        FLEX_ADMINS {
            @Override
            boolean allows(Authorization authorization) {
                return authorization.flexAllows(Role.ADMIN);
            }
        },
        /**
         * {@link #FLEX_ADMINS_AND_MANAGERS} unless {@code DISABLE_VIEW_CHAT_HISTORY} is set, as the API's
         * {@code chatHistoryViewable}: then the page is neither listed nor served, whoever asks.
         */
        CHAT_HISTORY_VIEWERS {
            @Override
            boolean allows(Authorization authorization) {
                return !CDI.current().select(Configuration.class).get().chatHistoryViewDisabled()
                        && FLEX_ADMINS_AND_MANAGERS.allows(authorization);
            }
        };

        abstract boolean allows(Authorization authorization);
    }
}
