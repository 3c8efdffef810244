package org.gatehouse.auth.control;

import org.apache.shiro.authc.DisabledAccountException;

/** The password was right but an administrator suspended the account. */
public class SuspendedAccountException extends DisabledAccountException {

    private final transient org.gatehouse.users.entity.User user;

    public SuspendedAccountException(org.gatehouse.users.entity.User user) {
        super("Account suspended");
        this.user = user;
    }

    public org.gatehouse.users.entity.User user() {
        return user;
    }
}
