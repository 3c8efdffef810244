package org.gatehouse.users.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.gatehouse.platform.config.EnvVar;
import org.gatehouse.settings.control.Configuration;

/**
 * Multi-user passwords (contract 3.10): AnythingLLM's rules and messages, configured by its
 * {@code PASSWORD*} variables, plus what NIST SP 800-63B asks for (Gatehouse's addition, switched off by
 * {@code GATEHOUSE_PASSWORD_DENYLIST=false}): no password equal to the username, none from a list of
 * 100,000 common passwords.
 */
@ApplicationScoped
public class PasswordPolicy {

    public static final String SAME_AS_USERNAME = "password must not be the same as the username";
    public static final String TOO_COMMON = "password is too common and easy to guess; choose another";

    private static final String COMMON_PASSWORDS = "/dictionaries/passwords.txt"; // inside nbvcxz

    @Inject
    Configuration configuration;

    private volatile Set<String> common;

    /** Every broken rule, joined as AnythingLLM joins them; empty when the password is acceptable. */
    public Optional<String> violation(String password, String username) {
        if (password.isEmpty()) {
            return Optional.of("\"value\" is not allowed to be empty");
        }
        List<String> problems = new ArrayList<>(contractRules(password));
        if (problems.isEmpty() && denylistEnabled()) {
            if (username != null && password.equalsIgnoreCase(username)) {
                problems.add(SAME_AS_USERNAME);
            } else if (commonPasswords().contains(password.toLowerCase(Locale.ROOT))) {
                problems.add(TOO_COMMON);
            }
        }
        return problems.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", problems));
    }

    private List<String> contractRules(String password) {
        List<String> problems = new ArrayList<>();
        int min = configuration.intValue(EnvVar.PASSWORDMINCHAR, 8);
        int max = configuration.intValue(EnvVar.PASSWORDMAXCHAR, 250);
        int length = password.codePointCount(0, password.length());
        if (length < min) {
            problems.add("password should be at least " + min + " characters long");
        }
        if (length > max) {
            problems.add("password should not be longer than " + max + " characters");
        }
        List<CharacterClass> required = new ArrayList<>();
        for (CharacterClass type : CharacterClass.values()) {
            if (configuration.intValue(type.variable, 0) > 0) {
                required.add(type);
            }
        }
        if (required.isEmpty()) {
            return problems;
        }
        int wanted = Math.max(1, Math.min(required.size(), configuration.intValue(EnvVar.PASSWORDREQUIREMENTS, 0)));
        List<String> failing = new ArrayList<>();
        for (CharacterClass type : required) {
            int needed = configuration.intValue(type.variable, 0);
            if (type.count(password) < needed) {
                failing.add("password should contain at least " + needed + " " + type.noun);
            }
        }
        if (required.size() - failing.size() < wanted) {
            problems.addAll(failing);
            if (wanted < required.size()) {
                problems.add("password must meet at least " + wanted + " of the complexity requirements");
            }
        }
        return problems;
    }

    private boolean denylistEnabled() {
        return !configuration.value(EnvVar.GATEHOUSE_PASSWORD_DENYLIST).filter("false"::equalsIgnoreCase).isPresent();
    }

    private Set<String> commonPasswords() {
        Set<String> loaded = common;
        if (loaded == null) {
            loaded = load();
            common = loaded;
        }
        return loaded;
    }

    private static Set<String> load() {
        Set<String> passwords = new HashSet<>(131_072);
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_PASSWORDS)) {
            if (in == null) {
                throw new IllegalStateException("The common-password list " + COMMON_PASSWORDS + " is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    passwords.add(line.trim().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(passwords);
    }

    private enum CharacterClass {
        LOWER(EnvVar.PASSWORDLOWERCASE, "lower-cased letters"),
        UPPER(EnvVar.PASSWORDUPPERCASE, "upper-cased letters"),
        NUMERIC(EnvVar.PASSWORDNUMERIC, "numbers"),
        SYMBOL(EnvVar.PASSWORDSYMBOL, "symbols");

        final EnvVar variable;
        final String noun;

        CharacterClass(EnvVar variable, String noun) {
            this.variable = variable;
            this.noun = noun;
        }

        int count(String password) {
            return (int) password.chars().filter(c -> switch (this) {
                case LOWER -> c >= 'a' && c <= 'z';
                case UPPER -> c >= 'A' && c <= 'Z';
                case NUMERIC -> c >= '0' && c <= '9';
                case SYMBOL -> !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9');
            }).count();
        }
    }
}
