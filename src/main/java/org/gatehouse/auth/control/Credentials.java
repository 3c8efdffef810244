package org.gatehouse.auth.control;

/**
 * What {@code POST /api/request-token} carries, in JavaScript's {@code String(x)} view of the request, as
 * AnythingLLM compares it (contract 3.3, 3.4): a missing password is {@code "undefined"}. Single-user mode
 * reads only the password. {@code named} is false when no username was given at all (absent or JSON
 * null): the event log then says "Unknown user", and the lookup still uses {@code username}.
 */
public record Credentials(String username, String password, boolean named) {

    /** A username and password typed into a form. */
    public static Credentials of(String username, String password) {
        return new Credentials(username, password, true);
    }

    /** The single-user password alone. */
    public static Credentials password(String password) {
        return new Credentials("undefined", password, false);
    }
}
