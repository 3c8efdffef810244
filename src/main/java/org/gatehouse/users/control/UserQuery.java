package org.gatehouse.users.control;

import java.util.Optional;
import org.gatehouse.platform.control.PageRequest;
import org.gatehouse.users.entity.Role;

/**
 * One page of the user list as an administrator asks for it: a part of the username (any case), a role,
 * a state, an order and the page.
 */
public record UserQuery(Optional<String> search, Optional<Role> role, Optional<UserState> state, UserSort sort,
                        boolean descending, PageRequest page) {

    public UserQuery {
        search = search.map(String::strip).filter(text -> !text.isEmpty());
    }

    /** Every user, by username, this page. */
    public static UserQuery all(PageRequest page) {
        return new UserQuery(Optional.empty(), Optional.empty(), Optional.empty(), UserSort.USERNAME, false, page);
    }
}
