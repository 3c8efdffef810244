package org.gatehouse.users.control;

/** A user's change of their own password on a page: the current one, the new one, and the new one again. */
public record OwnPasswordChange(String current, String password, String confirmation) {

    /** Never the passwords in a log line or an error report. */
    @Override
    public String toString() {
        return "OwnPasswordChange[***]";
    }
}
