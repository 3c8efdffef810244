package org.gatehouse.users.control;

import java.util.List;
import org.gatehouse.platform.control.PageRequest;

/** One page of users and how many match in all. */
public record UserPage(List<Row> rows, long total, PageRequest page) {

    /** A listed user and whether the sign-in throttle holds a lock on its username now. */
    public record Row(ListedUser user, boolean lockedOut) {
    }

    /** The number of pages the matches fill (at least one, so an empty list still has its page 1). */
    public int pageCount() {
        return page.size() == 0 ? 1 : (int) Math.max(1, (total + page.size() - 1) / page.size());
    }

    public boolean hasNext() {
        return page.hasPagesAfter(total);
    }
}
