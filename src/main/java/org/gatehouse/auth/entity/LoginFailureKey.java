package org.gatehouse.auth.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/** A username or a client address, the two things failed sign-ins are counted for. */
@Embeddable
public class LoginFailureKey implements Serializable {

    public static final String USERNAME = "username";
    public static final String IP = "ip";

    /** The width of {@code login_failures.subject} and of {@code users.username}. */
    public static final int SUBJECT_MAX = 255;

    /** How much of a username an event shows: a name longer than any account's is cut. */
    private static final int SHOWN_MAX = 64;

    @Column(name = "scope", nullable = false)
    private String scope;

    @Column(name = "subject", nullable = false)
    private String subject;

    protected LoginFailureKey() {
    }

    public LoginFailureKey(String scope, String subject) {
        this.scope = scope;
        this.subject = subject;
    }

    public static LoginFailureKey username(String username) {
        return new LoginFailureKey(USERNAME, username);
    }

    public static LoginFailureKey ip(String address) {
        return new LoginFailureKey(IP, address);
    }

    /**
     * Whether a username could name an account and be counted: it fits the columns and holds no NUL
     * (which PostgreSQL refuses in text). Anything else is refused before it reaches a query.
     */
    public static boolean isStorable(String username) {
        return username != null && username.length() <= SUBJECT_MAX && username.indexOf('\0') < 0;
    }

    /** A submitted username as the event log may show it: at most 64 characters, NULs replaced. */
    public static String shown(String username) {
        String text = String.valueOf(username).replace('\0', '\uFFFD');
        if (text.length() <= SHOWN_MAX) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(SHOWN_MAX - 1)) ? SHOWN_MAX - 1 : SHOWN_MAX;
        return text.substring(0, end) + "\u2026";
    }

    public String getScope() { return scope; }
    public String getSubject() { return subject; }

    @Override
    public boolean equals(Object other) {
        return other instanceof LoginFailureKey key && scope.equals(key.scope) && subject.equals(key.subject);
    }

    @Override
    public int hashCode() {
        return Objects.hash(scope, subject);
    }
}
