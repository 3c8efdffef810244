package org.gatehouse.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/** Many requests released at once, for the race tests: one thread each, all waiting on one latch. */
public final class Race {

    private Race() {
    }

    /** Sends {@code attempt(i)} for every i at once (all threads released by one latch); the answers in order. */
    public static List<ApiResponse> atOnce(int attempts, IntFunction<ApiResponse> attempt) {
        ExecutorService pool = Executors.newFixedThreadPool(attempts);
        try {
            CountDownLatch ready = new CountDownLatch(attempts);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<ApiResponse>> sent = new ArrayList<>();
            for (int i = 0; i < attempts; i++) {
                int index = i;
                sent.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return attempt.apply(index);
                }));
            }
            ready.await();
            go.countDown();
            List<ApiResponse> answers = new ArrayList<>();
            for (Future<ApiResponse> answer : sent) {
                answers.add(answer.get());
            }
            answers.forEach(Race::assertNoServerError);
            return answers;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new AssertionError("an attempt could not be sent", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * A refusal is a 4xx or a 200 in the contract's shape: JSON, or the role middlewares' text 401
     * {@code Unauthorized} (contract 4): never a 5xx or an HTML page.
     */
    public static void assertNoServerError(ApiResponse answer) {
        assertTrue(answer.status() < 500, () -> answer.status() + " " + answer.text());
        assertTrue(answer.text().startsWith("{") || answer.status() == 401 && answer.text().equals("Unauthorized"),
                () -> answer.status() + " " + answer.text());
    }

}
