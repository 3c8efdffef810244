package org.gatehouse.auth.control;

import org.apache.shiro.authc.AuthenticationToken;

/** The single-user password given at sign-in (contract 3.3). */
public record SingleUserPasswordToken(String password) implements AuthenticationToken {

    @Override
    public Object getPrincipal() {
        return SingleUserPrincipal.INSTANCE;
    }

    @Override
    public Object getCredentials() {
        return password;
    }

    @Override
    public String toString() {
        return "SingleUserPasswordToken"; // never the password
    }
}
