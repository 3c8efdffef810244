package org.gatehouse.users.control;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * Every user in id order as lists show them, read a batch at a time while it is walked, so a list of
 * 100,000 users holds one batch in memory. The first batch is read when this is made: a database failure
 * is then still an ordinary error answer, before any part of a streamed list is sent.
 */
public final class ListedUsers {

    private final int batchSize;
    private final IntFunction<List<ListedUser>> batchAfter;
    private final List<ListedUser> first;

    ListedUsers(int batchSize, IntFunction<List<ListedUser>> batchAfter) {
        this.batchSize = batchSize;
        this.batchAfter = batchAfter;
        this.first = batchAfter.apply(0);
    }

    /** Hands every user to the sink in id order; a short batch is the last, so no query reads nothing. */
    public void forEach(Consumer<ListedUser> sink) {
        List<ListedUser> batch = first;
        while (true) {
            batch.forEach(sink);
            if (batch.size() < batchSize) {
                return;
            }
            batch = batchAfter.apply(batch.get(batch.size() - 1).id());
        }
    }
}
