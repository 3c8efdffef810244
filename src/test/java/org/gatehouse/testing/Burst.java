package org.gatehouse.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * Many requests at once: each call runs on its own thread, all released together, so they reach the
 * server while the others are in flight (a race the rules must win every time).
 */
public final class Burst {

    private Burst() {
    }

    /** Runs {@code call(0..n-1)} at once and returns the results in order; any failure fails the burst. */
    public static <T> List<T> of(int n, IntFunction<T> call) {
        CountDownLatch ready = new CountDownLatch(n);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(n);
        try {
            List<Future<T>> pending = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                int index = i;
                pending.add(threads.submit(() -> {
                    ready.countDown();
                    go.await();
                    return call.apply(index);
                }));
            }
            ready.await();
            go.countDown();
            List<T> results = new ArrayList<>(n);
            for (Future<T> result : pending) {
                results.add(result.get());
            }
            return results;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        } catch (ExecutionException failed) {
            throw new AssertionError("a request of the burst failed", failed.getCause());
        } finally {
            threads.shutdownNow();
        }
    }
}
