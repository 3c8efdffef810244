package org.gatehouse.workspaces.boundary;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The {@code userIds} of the member endpoints (E32, E95, E96), read from a request body. */
final class MemberIds {

    static final String NOT_AN_ARRAY = "userIds must be an array of user ids";

    private MemberIds() {
    }

    /** E32 and E95: absent or null means none; each entry must be a whole number, or its text is the error. */
    static Parsed strictly(JsonValue userIds) {
        if (userIds == null || userIds == JsonValue.NULL) {
            return new Parsed(List.of(), Optional.empty());
        }
        if (!(userIds instanceof JsonArray array)) {
            return new Parsed(List.of(), Optional.of(NOT_AN_ARRAY));
        }
        List<Integer> ids = new ArrayList<>();
        for (JsonValue item : array) {
            Optional<Integer> id = userId(item);
            if (id.isEmpty()) {
                return new Parsed(List.of(), Optional.of("Unknown user id: " + item));
            }
            ids.add(id.get());
        }
        return new Parsed(ids, Optional.empty());
    }

    /** E96: the whole numbers of the array; anything else in it is dropped, as ids of no user are. */
    static List<Integer> leniently(JsonArray userIds) {
        List<Integer> ids = new ArrayList<>();
        for (JsonValue item : userIds) {
            userId(item).ifPresent(ids::add);
        }
        return ids;
    }

    /** A whole number that fits a user id; a larger one names no user (it must not wrap round to one). */
    private static Optional<Integer> userId(JsonValue item) {
        if (!(item instanceof JsonNumber number) || !number.isIntegral()) {
            return Optional.empty();
        }
        try {
            return Optional.of(number.bigDecimalValue().intValueExact());
        } catch (ArithmeticException tooLarge) {
            return Optional.empty();
        }
    }

    /** The ids, or the error that answers the request instead. */
    record Parsed(List<Integer> ids, Optional<String> error) {
    }
}
