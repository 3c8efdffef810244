package org.gatehouse.auth.control;

/** How requests are authenticated right now (contract 3.1). */
public enum AuthMode {
    /** Single-user without a password (or NODE_ENV=development): every request passes. */
    OPEN,
    /** Single-user with AUTH_TOKEN: a session token proves the password was given. */
    SINGLE_USER,
    /** Multi-user: a session token names a user, loaded on every request. */
    MULTI_USER;

    public boolean isMultiUser() {
        return this == MULTI_USER;
    }
}
