package org.gatehouse.auth.control;

import java.io.Serializable;

/** Whoever holds the single-user password; there are no users and no roles in single-user mode. */
public enum SingleUserPrincipal implements Serializable {
    INSTANCE
}
