package org.gatehouse.users.control;

/** The answer to a user's change of their own profile. */
public sealed interface ProfileUpdate {

    /** Saved, or nothing to save. */
    record Saved() implements ProfileUpdate {
    }

    /** The new username breaks a username rule; nothing was changed. */
    record InvalidUsername(String message) implements ProfileUpdate {
    }

    /** The current password given to confirm a change is not the user's; nothing was changed. */
    record WrongCurrentPassword(String message) implements ProfileUpdate {
    }

    /** USER-UPDATE refused the change with its rule's message. */
    record Refused(String message) implements ProfileUpdate {
    }
}
