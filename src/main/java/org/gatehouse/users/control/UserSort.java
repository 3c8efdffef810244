package org.gatehouse.users.control;

import java.util.Arrays;
import java.util.Optional;

/** The orders a user list can be read in; each is served by an index of migration V9 in both directions. */
public enum UserSort {
    USERNAME("username", "u.username"),
    ROLE("role", "u.role"),
    CREATED("created", "u.createdAt");

    private final String parameter;
    private final String column;

    UserSort(String parameter, String column) {
        this.parameter = parameter;
        this.column = column;
    }

    /** The name used in a page address ({@code ?sort=created}). */
    public String parameter() {
        return parameter;
    }

    /** The JPQL ordering, ending on a unique column so that pages never overlap. */
    String orderBy(boolean descending) {
        String direction = descending ? " DESC" : " ASC";
        return this == USERNAME ? column + direction + ", u.id" + direction
                : column + direction + ", u.username" + direction + ", u.id" + direction;
    }

    public static Optional<UserSort> fromParameter(String value) {
        return Arrays.stream(values()).filter(sort -> sort.parameter.equals(value)).findFirst();
    }
}
