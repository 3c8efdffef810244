package org.gatehouse.auth.control;

/**
 * The first admin that {@code enable-multi-user} creates (contract E18: only the username and password
 * are read). {@code username} is JavaScript's {@code String(x)} of the field ({@code ""} when absent).
 */
public record FirstAdmin(String username, Password password) {

    /** The password field as given; the user rules refuse all but text. */
    public sealed interface Password {
    }

    public record Text(String value) implements Password {
    }

    /** Absent from the request. */
    public record Missing() implements Password {
    }

    /** Present, but a number, boolean, null, array or object. */
    public record NotText() implements Password {
    }

    /** A username and password typed into a form; an empty form is refused as an empty password. */
    public static FirstAdmin of(String username, String password) {
        return new FirstAdmin(username, new Text(password));
    }
}
