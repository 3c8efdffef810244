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
