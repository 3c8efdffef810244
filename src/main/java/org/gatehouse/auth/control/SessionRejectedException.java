package org.gatehouse.auth.control;

import org.apache.shiro.authc.AuthenticationException;

/** A session token refused, with the exact sentence the contract's 401 body carries (contract 1.5). */
public class SessionRejectedException extends AuthenticationException {

    public static final String NO_TOKEN = "No auth token found.";
    public static final String SINGLE_USER_INVALID = "Token expired or failed validation.";
    public static final String SINGLE_USER_WRONG_PASSWORD = "Invalid auth credentials.";
    public static final String MULTI_USER_INVALID = "Invalid auth token.";
    public static final String MULTI_USER_NO_USER = "Invalid auth for user.";
    public static final String SUSPENDED = "User is suspended from system";

    public SessionRejectedException(String contractMessage) {
        super(contractMessage);
    }
}
