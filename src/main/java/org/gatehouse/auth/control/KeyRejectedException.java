package org.gatehouse.auth.control;

import org.apache.shiro.authc.AuthenticationException;

/** A browser-extension key or temporary token refused, with the sentence of contract 1.5 or 3.8. */
public class KeyRejectedException extends AuthenticationException {

    private final boolean ownerSuspended;

    /** The key or token is not valid (or its owner is gone). */
    public KeyRejectedException(String contractMessage) {
        this(contractMessage, false);
    }

    public KeyRejectedException(String contractMessage, boolean ownerSuspended) {
        super(contractMessage);
        this.ownerSuspended = ownerSuspended;
    }

    /** Whether the key itself is fine and its owner is suspended, which the contract answers differently. */
    public boolean ownerSuspended() {
        return ownerSuspended;
    }
}
