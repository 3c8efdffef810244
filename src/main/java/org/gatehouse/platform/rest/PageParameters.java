package org.gatehouse.platform.rest;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.gatehouse.platform.control.PageRequest;

/**
 * Reads the contract's paging keys, {@code offset} (a page index) and {@code limit}, from a request body.
 * A value that is not a whole number from 0 to {@link PageRequest#MAX} (a string, a negative number, a
 * fraction) counts as absent, so the default applies.
 */
public final class PageParameters {

    private PageParameters() {
    }

    /** {@code offset} and {@code limit}, with this default page size. */
    public static PageRequest of(JsonObject body, int defaultSize) {
        return new PageRequest(whole(body.get("offset"), 0), whole(body.get("limit"), defaultSize));
    }

    /** {@code offset} only: the endpoint's page size is fixed. */
    public static PageRequest ofFixedSize(JsonObject body, int size) {
        return new PageRequest(whole(body.get("offset"), 0), size);
    }

    private static int whole(JsonValue value, int fallback) {
        return value instanceof JsonNumber number && number.isIntegral() && number.longValue() >= 0
                && number.longValue() <= PageRequest.MAX ? number.intValue() : fallback;
    }
}
