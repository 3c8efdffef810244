package org.gatehouse.users.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.gatehouse.settings.control.SettingsFixture;
import org.gatehouse.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Contract 3.10's rules and exact messages, and Gatehouse's NIST additions. */
class PasswordPolicyTest {

    private static TestDatabase db;
    private static EntityManager em;

    @BeforeAll
    static void database() {
        db = TestDatabase.migrated(TestDatabase.Kind.DERBY);
        em = db.entityManagerFactory().createEntityManager();
    }

    @AfterAll
    static void close() {
        em.close();
        db.close();
    }

    private static Optional<String> check(Map<String, String> environment, String password) {
        return UsersFixture.passwordPolicy(SettingsFixture.configuration(environment,
                SettingsFixture.overlay(em, Clock.systemUTC()))).violation(password, "jane");
    }

    @Test
    void defaultsAreLengthOnly() {
        assertEquals(Optional.of("password should be at least 8 characters long"), check(Map.of(), "short"));
        assertEquals(Optional.of("password should not be longer than 250 characters"), check(Map.of(), "x".repeat(251)));
        assertEquals(Optional.empty(), check(Map.of(), "lowercase only passphrase"));
        assertEquals(Optional.of("\"value\" is not allowed to be empty"), check(Map.of(), ""));
    }

    @Test
    void lengthLimitsComeFromTheEnvironment() {
        assertEquals(Optional.of("password should be at least 12 characters long"),
                check(Map.of("PASSWORDMINCHAR", "12"), "eleven-char"));
        assertEquals(Optional.of("password should not be longer than 10 characters"),
                check(Map.of("PASSWORDMAXCHAR", "10"), "eleven-char"));
    }

    @Test
    void everyFailingClassIsReportedInThePluralForm() {
        Map<String, String> all = Map.of("PASSWORDLOWERCASE", "1", "PASSWORDUPPERCASE", "1",
                "PASSWORDNUMERIC", "1", "PASSWORDSYMBOL", "1", "PASSWORDREQUIREMENTS", "4");
        assertEquals(Optional.of("password should contain at least 1 upper-cased letters, "
                + "password should contain at least 1 numbers, password should contain at least 1 symbols"),
                check(all, "onlylowercase"));
        assertEquals(Optional.empty(), check(all, "Aa1!aaaaaa"));
    }

    @Test
    void requirementsBelowTheClassCountAddTheSummaryMessage() {
        Map<String, String> twoOfFour = Map.of("PASSWORDLOWERCASE", "1", "PASSWORDUPPERCASE", "1",
                "PASSWORDNUMERIC", "1", "PASSWORDSYMBOL", "1", "PASSWORDREQUIREMENTS", "2");
        assertEquals(Optional.empty(), check(twoOfFour, "lowercase-with-symbol"));
        assertEquals(Optional.of("password should contain at least 1 upper-cased letters, "
                + "password should contain at least 1 numbers, password should contain at least 1 symbols, "
                + "password must meet at least 2 of the complexity requirements"), check(twoOfFour, "onlylowercase"));
    }

    @Test
    void lengthFailuresAreAlwaysReportedWithClassFailures() {
        assertEquals(Optional.of("password should be at least 8 characters long, "
                + "password should contain at least 2 numbers"), check(Map.of("PASSWORDNUMERIC", "2"), "abc"));
    }

    @Test
    void commonPasswordsAndTheUsernameAreRefused() {
        assertEquals(Optional.of(PasswordPolicy.TOO_COMMON), check(Map.of(), "password123"));
        assertEquals(Optional.of(PasswordPolicy.TOO_COMMON), check(Map.of(), "Qwertyuiop"), "case does not help");
        assertEquals(Optional.of(PasswordPolicy.SAME_AS_USERNAME), check(Map.of("PASSWORDMINCHAR", "4"), "Jane"));
        assertEquals(Optional.empty(), check(Map.of("GATEHOUSE_PASSWORD_DENYLIST", "false"), "password123"));
    }
}
