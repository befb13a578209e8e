package org.graphinfomax.graph.bench;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;

/**
 * Wall-clock timing for benchmark mains: warm-up calls, then the median (and spread) of measured
 * calls. Benchmarks are programs, not unit tests, so they never decide pass or fail.
 */
public final class Timing {

    private Timing() {
    }

    /**
     * The summary of one timed task, in milliseconds: wall-clock median, minimum and maximum, and
     * the median CPU time of the whole process per call (all threads), which a loaded machine
     * disturbs much less than the wall-clock time.
     */
    public record Result(double medianMs, double minMs, double maxMs, double cpuMedianMs, int runs) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "median %.2f ms (min %.2f, max %.2f; process CPU %.2f ms; %d runs)", medianMs,
                    minMs, maxMs, cpuMedianMs, runs);
        }
    }

    /** Runs {@code task} {@code warmup} times untimed, then {@code runs} times timed. */
    public static Result time(int warmup, int runs, Runnable task) {
        for (int i = 0; i < warmup; i++) {
            task.run();
        }
        double[] ms = new double[runs];
        double[] cpuMs = new double[runs];
        for (int i = 0; i < runs; i++) {
            long cpuStart = processCpuNanos();
            long start = System.nanoTime();
            task.run();
            ms[i] = (System.nanoTime() - start) / 1e6;
            cpuMs[i] = (processCpuNanos() - cpuStart) / 1e6;
        }
        Arrays.sort(ms);
        return new Result(median(ms), ms[0], ms[runs - 1], median(cpuMs), runs);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** CPU time of the whole process so far (all threads), in nanoseconds. */
    public static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** A line describing the machine and thread settings, for the head of a benchmark's output. */
    public static String environment() {
        return String.format(Locale.ROOT, "java %s, %d cores, OMP_NUM_THREADS=%s, max heap %d MiB",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                System.getenv().getOrDefault("OMP_NUM_THREADS", "unset"), Runtime.getRuntime().maxMemory() >> 20);
    }
}
