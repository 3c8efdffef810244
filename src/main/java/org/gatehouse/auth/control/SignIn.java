package org.gatehouse.auth.control;

import java.util.List;
import org.gatehouse.users.entity.User;

/** The answer to a sign-in attempt: with credentials, a Simple SSO token, or the single-user password. */
public sealed interface SignIn {

    /**
     * A multi-user session: the user as they were before this sign-in ({@code seenRecoveryCodesBefore}
     * is what the contract reports), its token, and the recovery codes when this sign-in showed them for
     * the first and only time (otherwise null).
     */
    record SignedIn(User user, Boolean seenRecoveryCodesBefore, String token, List<String> recoveryCodes)
            implements SignIn {
    }

    /** A single-user session. */
    record SingleUserSignedIn(String token) implements SignIn {
    }

    /** Refused, with the contract's reason. */
    record Refused(Refusal refusal) implements SignIn {
    }

    /** Why a credential sign-in was refused, with the message the contract shows for it. */
    enum Refusal {
        UNKNOWN_USER("[001] Invalid login credentials."),
        WRONG_PASSWORD("[002] Invalid login credentials."),
        WRONG_SINGLE_USER_PASSWORD("[003] Invalid password provided"),
        ACCOUNT_SUSPENDED("[004] Account suspended by admin."),
        CREDENTIAL_LOGIN_DISABLED("[005] Login via credentials has been disabled by the administrator.");

        private final String message;

        Refusal(String message) {
            this.message = message;
        }

        public String message() {
            return message;
        }
    }
}
