package org.gatehouse.workspaces.control;

import java.util.List;
import org.gatehouse.platform.control.PageRequest;

/** One page of the workspaces a search found, and how many it found in all. */
public record WorkspaceListing(List<ListedWorkspace> workspaces, long total, PageRequest page) {

    /** How many pages the search fills (at least one, so an empty list is page 1 of 1). */
    public int pageCount() {
        return page.size() == 0 ? 1 : (int) Math.max(1, (total + page.size() - 1) / page.size());
    }
}
