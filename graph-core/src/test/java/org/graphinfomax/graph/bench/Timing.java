package org.graphinfomax.graph.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
     * the median CPU time per call summed over all JVM threads (nanosecond resolution; native
     * OpenMP threads are not JVM threads, so run with OMP_NUM_THREADS=1 for this figure), which a
     * loaded machine disturbs much less than the wall-clock time.
     */
    public record Result(double medianMs, double minMs, double maxMs, double cpuMedianMs, int runs) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "median %.2f ms (min %.2f, max %.2f; CPU of JVM threads %.2f ms; %d runs)", medianMs,
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
            long cpuStart = jvmThreadsCpuNanos();
            long start = System.nanoTime();
            task.run();
            ms[i] = (System.nanoTime() - start) / 1e6;
            cpuMs[i] = (jvmThreadsCpuNanos() - cpuStart) / 1e6;
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

    /**
     * CPU time so far of every live JVM thread, summed, in nanoseconds (per-thread clocks have
     * nanosecond resolution where the process clock here ticks every 10 ms). Threads that ended
     * are not counted; the kernels' worker threads live as long as the JVM.
     */
    public static long jvmThreadsCpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long total = 0;
        for (long id : threads.getAllThreadIds()) {
            long t = threads.getThreadCpuTime(id);
            if (t > 0) {
                total += t;
            }
        }
        return total;
    }

    /** A line describing the machine and thread settings, for the head of a benchmark's output. */
    public static String environment() {
        return String.format(Locale.ROOT, "java %s, %d cores, OMP_NUM_THREADS=%s, max heap %d MiB",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                System.getenv().getOrDefault("OMP_NUM_THREADS", "unset"), Runtime.getRuntime().maxMemory() >> 20);
    }
}
