package org.gatehouse.console.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.gatehouse.platform.config.EnvVar;
import org.gatehouse.settings.control.Configuration;

/**
 * The run-time values that concern administration and sign-in, as {@link Configuration#describe} answers
 * them: where each value comes from, whether it is a presence flag, and for secrets only whether they are
 * set. Read-only: update-env changes none of these but DISABLE_TELEMETRY, which the privacy page switches.
 */
@Named
@RequestScoped
public class EnvironmentPage {

    @Inject
    Configuration configuration;

    private List<Group> groups;

    /** One part of the page: the variables of one {@link EnvVar.Group}, in their order. */
    public record Group(EnvVar.Group group, List<Configuration.Setting> settings) {

        public String getId() {
            return group.name().toLowerCase().replace('_', '-');
        }
    }

    public List<Group> getGroups() {
        if (groups == null) {
            Map<EnvVar.Group, List<Configuration.Setting>> byGroup = configuration.administrationSettings().stream()
                    .collect(Collectors.groupingBy(setting -> setting.variable().group(), LinkedHashMap::new,
                            Collectors.toList()));
            groups = byGroup.entrySet().stream().map(entry -> new Group(entry.getKey(), entry.getValue())).toList();
        }
        return groups;
    }

    /** A value as shown: empty for a secret (whose value {@link Configuration#describe} never gives) or an unset variable. */
    public String value(Configuration.Setting setting) {
        return setting.shownValue().orElse("");
    }

    /** The CSS class of the source's badge. */
    public String sourceClass(Configuration.Setting setting) {
        return setting.source().name().toLowerCase().replace('_', '-');
    }

    /** The privacy page changes this one; the others change only with the server's configuration. */
    public boolean changedOnPrivacyPage(Configuration.Setting setting) {
        return setting.variable() == EnvVar.DISABLE_TELEMETRY;
    }
}
