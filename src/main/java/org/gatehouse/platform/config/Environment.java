package org.gatehouse.platform.config;

import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The process environment as Gatehouse sees it: the one place that reads {@code System.getenv}.
 *
 * <p>A JVM system property of the same name wins over the environment variable, so an application
 * server's own mechanism (Payara {@code --systemproperties}, WildFly {@code <system-properties>},
 * TomEE {@code conf/system.properties}) can configure Gatehouse where setting the environment is awkward.
 */
public final class Environment {

    private static final Environment SYSTEM = new Environment(System.getenv(), System.getProperties());

    private final Map<String, String> variables;
    private final Properties properties;

    Environment(Map<String, String> variables, Properties properties) {
        this.variables = Map.copyOf(variables);
        this.properties = properties;
    }

    /** The real process environment. */
    public static Environment system() {
        return SYSTEM;
    }

    /** A fixed environment, for tests. */
    public static Environment of(Map<String, String> variables) {
        return new Environment(variables, new Properties());
    }

    /** A fixed environment with JVM system properties beside it, for tests. */
    public static Environment of(Map<String, String> variables, Map<String, String> systemProperties) {
        Properties properties = new Properties();
        properties.putAll(systemProperties);
        return new Environment(variables, properties);
    }

    /** Where a value of the process comes from. */
    public enum Origin {
        SYSTEM_PROPERTY, ENVIRONMENT
    }

    /** Which of the two gives this name's value ({@link #get}'s precedence); empty when neither is set. */
    public Optional<Origin> origin(String name) {
        if (properties.getProperty(name) != null) {
            return Optional.of(Origin.SYSTEM_PROPERTY);
        }
        return variables.containsKey(name) ? Optional.of(Origin.ENVIRONMENT) : Optional.empty();
    }

    /** The raw value, present even when empty; absent when neither a property nor a variable is set. */
    public Optional<String> get(String name) {
        String property = properties.getProperty(name);
        return Optional.ofNullable(property != null ? property : variables.get(name));
    }
}
