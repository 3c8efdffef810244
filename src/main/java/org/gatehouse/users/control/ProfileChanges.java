package org.gatehouse.users.control;

import java.util.Optional;

/** What a user asks to change about themselves (contract E19): username, password, bio; nothing else. */
public record ProfileChanges(Optional<String> username, Optional<String> password, Optional<String> bio) {
}
