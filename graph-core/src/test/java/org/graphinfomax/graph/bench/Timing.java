package org.graphinfomax.graph.bench;

import java.util.Arrays;
import java.util.Locale;

/**
 * Wall-clock timing for benchmark mains: warm-up calls, then the median (and spread) of measured
 * calls. Benchmarks are programs, not unit tests, so they never decide pass or fail.
 */
public final class Timing {

    private Timing() {
    }

    /** The summary of one timed task, in milliseconds. */
    public record Result(double medianMs, double minMs, double maxMs, int runs) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "median %.2f ms (min %.2f, max %.2f, %d runs)", medianMs, minMs, maxMs, runs);
        }
    }

    /** Runs {@code task} {@code warmup} times untimed, then {@code runs} times timed. */
    public static Result time(int warmup, int runs, Runnable task) {
        for (int i = 0; i < warmup; i++) {
            task.run();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            task.run();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        double median = runs % 2 == 1 ? ms[runs / 2] : (ms[runs / 2 - 1] + ms[runs / 2]) / 2;
        return new Result(median, ms[0], ms[runs - 1], runs);
    }

    /** A line describing the machine and thread settings, for the head of a benchmark's output. */
    public static String environment() {
        return String.format(Locale.ROOT, "java %s, %d cores, OMP_NUM_THREADS=%s, max heap %d MiB",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                System.getenv().getOrDefault("OMP_NUM_THREADS", "unset"), Runtime.getRuntime().maxMemory() >> 20);
    }
}
