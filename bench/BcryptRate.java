import at.favre.lib.crypto.bcrypt.BCrypt;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The raw bcrypt rate on this machine at Gatehouse's cost (10), the ceiling for password sign-ins:
 * verifications per second with 1 thread and with one thread per core, for a fixed wall time.
 * Run by bench/auth.sh; alone: java -cp bcrypt.jar:bytes.jar bench/BcryptRate.java [seconds]
 */
public class BcryptRate {

    public static void main(String[] args) throws InterruptedException {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        String hash = BCrypt.withDefaults().hashToString(10, "benchmark-password".toCharArray());
        for (int threads : new int[] {1, Runtime.getRuntime().availableProcessors()}) {
            AtomicLong done = new AtomicLong();
            long deadline = System.nanoTime() + seconds * 1_000_000_000L;
            Thread[] workers = new Thread[threads];
            for (int i = 0; i < threads; i++) {
                workers[i] = new Thread(() -> {
                    while (System.nanoTime() < deadline) {
                        if (!BCrypt.verifyer().verify("benchmark-password".toCharArray(), hash).verified) {
                            throw new IllegalStateException("bcrypt disagrees with itself");
                        }
                        done.incrementAndGet();
                    }
                });
                workers[i].start();
            }
            for (Thread worker : workers) {
                worker.join();
            }
            System.out.printf("bcrypt cost 10, %d thread(s): %.1f verifications/s%n", threads, done.get() / (double) seconds);
        }
    }
}
