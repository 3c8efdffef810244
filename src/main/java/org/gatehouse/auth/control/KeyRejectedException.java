package org.gatehouse.auth.control;

import org.apache.shiro.authc.AuthenticationException;

/** A browser-extension key refused, with the status and sentence of contract 1.5's {@code validBrowserExtensionApiKey}. */
public class KeyRejectedException extends AuthenticationException {

    private final int status;

    public KeyRejectedException(int status, String contractMessage) {
        super(contractMessage);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
