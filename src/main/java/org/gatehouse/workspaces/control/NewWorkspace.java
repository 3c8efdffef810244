package org.gatehouse.workspaces.control;

import java.util.Optional;
import org.gatehouse.users.entity.User;

/**
 * A workspace to create: the name asked for (empty when none was given), who creates it (empty on the
 * developer API and in single-user mode) and where the request comes from.
 */
public record NewWorkspace(Optional<String> name, Optional<User> creator, Origin origin) {
}
