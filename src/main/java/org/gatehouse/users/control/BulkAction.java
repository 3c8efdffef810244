package org.gatehouse.users.control;

import org.gatehouse.users.entity.Role;

/** What an administrator does to several selected users at once. */
public sealed interface BulkAction {

    record Suspend() implements BulkAction {
    }

    record Unsuspend() implements BulkAction {
    }

    record Delete() implements BulkAction {
    }

    record ChangeRole(Role role) implements BulkAction {
    }
}
