package org.graphinfomax.graph;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads that the toolkit's own CPU kernels (sparse x dense products) run on.
 *
 * <p>One pool is shared by all kernels so that a process never oversubscribes its cores. The
 * default size is the number of available processors; {@link #setParallelism(int)} changes it,
 * for instance from a {@code --threads} option. ND4J's own native threads are configured
 * separately (by {@code OMP_NUM_THREADS}).
 */
public final class ComputeThreads {

    private static final AtomicInteger THREAD_COUNTER = new AtomicInteger();
    private static volatile ForkJoinPool pool = newPool(Runtime.getRuntime().availableProcessors());

    private ComputeThreads() {
    }

    /** The number of threads kernels may use; 1 means every kernel runs on the calling thread. */
    public static int parallelism() {
        return pool.getParallelism();
    }

    /**
     * Sets the number of threads kernels may use.
     *
     * @param threads at least 1
     */
    public static synchronized void setParallelism(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("thread count must be at least 1, got " + threads);
        }
        if (threads != pool.getParallelism()) {
            ForkJoinPool old = pool;
            pool = newPool(threads);
            old.shutdown();
        }
    }

    /** The shared pool. */
    static ForkJoinPool pool() {
        return pool;
    }

    private static ForkJoinPool newPool(int threads) {
        return new ForkJoinPool(threads, p -> {
            var thread = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(p);
            thread.setName("graphinfomax-compute-" + THREAD_COUNTER.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }, null, false);
    }
}
