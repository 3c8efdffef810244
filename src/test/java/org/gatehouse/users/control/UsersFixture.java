package org.gatehouse.users.control;

import jakarta.persistence.EntityManager;
import org.gatehouse.settings.control.Configuration;

/** Real user beans wired by hand, for unit tests outside this package. */
public final class UsersFixture {

    private UsersFixture() {
    }

    public static UserDirectory directory(EntityManager em) {
        UserDirectory directory = new UserDirectory();
        directory.em = em;
        return directory;
    }

    public static PasswordPolicy passwordPolicy(Configuration configuration) {
        PasswordPolicy policy = new PasswordPolicy();
        policy.configuration = configuration;
        return policy;
    }
}
