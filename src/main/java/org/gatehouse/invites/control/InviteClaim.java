package org.gatehouse.invites.control;

import java.util.Optional;
import org.gatehouse.users.control.DailyLimit;
import org.gatehouse.users.control.NewUser;
import org.gatehouse.users.control.PasswordInput;

/** Redeeming a code (E28): only credentials, because an invited account is always a {@code default} user. */
public record InviteClaim(String code, String username, PasswordInput password) {

    NewUser account() {
        return new NewUser(username, password, Optional.empty(), "", DailyLimit.unlimited());
    }
}
