package org.gatehouse.platform.control;

/**
 * One page of a list as the contract asks for it: a page index (the wire's {@code offset}) and a page
 * size, each at most {@link #MAX}. Row arithmetic is done in {@code long}, so no page overflows.
 */
public record PageRequest(int index, int size) {

    /** The largest page index and page size accepted. */
    public static final int MAX = 100_000;

    public PageRequest {
        if (index < 0 || index > MAX || size < 0 || size > MAX) {
            throw new IllegalArgumentException("page index and size must be between 0 and " + MAX);
        }
    }

    /** The number of rows before this page. */
    public long firstRow() {
        return (long) index * size;
    }

    /** The contract's {@code hasPages}: rows remain after this page. */
    public boolean hasPagesAfter(long total) {
        return total > (long) (index + 1) * size;
    }
}
