package org.gatehouse.users.boundary;

import org.gatehouse.users.control.RoleRules;
import org.gatehouse.users.control.UserService;
import org.gatehouse.users.control.UsernameRules;

/** Which field of the users pages a control message concerns, so it is shown next to that field. */
public final class PageMessages {

    /** The field a refusal of USER-CREATE or USER-UPDATE is about. */
    public enum Field { USERNAME, PASSWORD, ROLE, BIO, LIMIT, NONE }

    private PageMessages() {
    }

    /**
     * Which field a control message concerns: the rules' messages are constants of their classes, and every
     * other refusal of a password (the policy's many) is about the password.
     */
    public static Field fieldOf(String message) {
        if (message == null) {
            return Field.NONE;
        }
        if (message.startsWith("Username") || message.equals(UsernameRules.TAKEN)) {
            return Field.USERNAME;
        }
        if (message.equals(UserService.INVALID_ROLE) || message.equals(RoleRules.INVALID_ROLE_SELECTION)) {
            return Field.ROLE;
        }
        if (message.equals(UserService.BIO_TOO_LONG)) {
            return Field.BIO;
        }
        if (message.equals(UserService.BAD_LIMIT)) {
            return Field.LIMIT;
        }
        if (message.equals(RoleRules.CANNOT_MODIFY) || message.equals(RoleRules.LAST_ADMIN)
                || message.equals(RoleRules.INVALID_CALLER) || message.equals(UserService.NOT_FOUND)
                || message.equals(UserService.NO_UPDATES)) {
            return Field.NONE;
        }
        return Field.PASSWORD;
    }
}
