package org.gatehouse.platform.rest;

import java.util.Optional;

/** Ids in URL paths: a whole number, or nothing (a text id is an unknown one, never a crash). */
public final class PathIds {

    private PathIds() {
    }

    public static Optional<Integer> parse(String id) {
        try {
            return Optional.of(Integer.valueOf(id));
        } catch (NumberFormatException notAnId) {
            return Optional.empty();
        }
    }
}
