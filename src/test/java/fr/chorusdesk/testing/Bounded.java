package fr.chorusdesk.testing;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one piece of work on its own thread with a time limit, and counts the bytes that thread
 * allocated: the time and heap bounds of a property's single try. Work past its limit is
 * interrupted and the try fails; an exception or an {@link Error} thrown by the work comes back as
 * {@link Outcome#failure()}, so the property can say what escaped instead of dying with it.
 */
public final class Bounded {

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    /** What the work returned or threw, how long it took and how much it allocated. */
    public record Outcome<T>(T value, Throwable failure, Duration elapsed, long allocatedBytes) {

        public boolean failed() {
            return failure != null;
        }
    }

    private Bounded() {
    }

    /**
     * @throws AssertionError when the work is still running after {@code limit}
     */
    public static <T> Outcome<T> run(Duration limit, Callable<T> work) {
        // JavaFX hands an exception thrown in a listener to the thread's uncaught-exception handler
        // instead of the caller (in the app: the crash dialog), so the handler counts as a failure too
        java.util.concurrent.atomic.AtomicReference<Throwable> uncaught = new java.util.concurrent.atomic.AtomicReference<>();
        ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "bounded-work");
            t.setDaemon(true);
            t.setUncaughtExceptionHandler((th, e) -> uncaught.compareAndSet(null, e));
            return t;
        });
        try {
            Future<Outcome<T>> future = thread.submit(() -> {
                Outcome<T> outcome = measured(work);
                Throwable escaped = uncaught.get();
                return escaped == null || outcome.failed() ? outcome
                        : new Outcome<>(outcome.value(), escaped, outcome.elapsed(), outcome.allocatedBytes());
            });
            try {
                return future.get(limit.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                future.cancel(true);
                throw new AssertionError("still running after " + limit.toMillis() + " ms");
            } catch (InterruptedException e) {
                future.cancel(true);
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for the work", e);
            } catch (ExecutionException e) {
                throw new AssertionError("the measuring wrapper failed", e.getCause());
            }
        } finally {
            thread.shutdownNow();
        }
    }

    private static <T> Outcome<T> measured(Callable<T> work) {
        long id = Thread.currentThread().getId();
        long before = THREADS.getThreadAllocatedBytes(id);
        long start = System.nanoTime();
        T value = null;
        Throwable failure = null;
        try {
            value = work.call();
        } catch (Throwable t) {
            // StackOverflowError and OutOfMemoryError included: the property reports them as findings
            failure = t;
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        long allocated = THREADS.getThreadAllocatedBytes(id) - before;
        return new Outcome<>(value, failure, elapsed, allocated);
    }
}
