package org.graphinfomax.examples.cli;

import org.graphinfomax.graph.ComputeThreads;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Applies {@code --threads N} to every pool that computes: the toolkit's own sparse kernels
 * ({@link ComputeThreads}), libnd4j's OpenMP loops ({@code Environment.setMaxThreads} and
 * {@code setMaxMasterThreads}) and OpenBLAS's matrix products ({@code Blas.setMaxThreads}).
 *
 * <p>In ND4J 1.0.0-M2.1 there is no {@code Nd4j.setNumThreads}; the three calls above take effect
 * at run time, after ND4J has loaded (measured: see BENCHMARKS.md, section "CLI threads"). The
 * environment variable {@code OMP_NUM_THREADS} has the same effect on the native pools, but only
 * when it is set before the JVM starts.
 */
public final class ThreadSettings {

    private ThreadSettings() {
    }

    /**
     * Sets all pools to {@code threads} threads.
     *
     * @throws CliException if {@code threads} is below 1
     */
    public static void apply(int threads) {
        if (threads < 1) {
            throw CliException.usage("--threads must be at least 1, got " + threads);
        }
        ComputeThreads.setParallelism(threads);
        Nd4j.getEnvironment().setMaxThreads(threads);
        Nd4j.getEnvironment().setMaxMasterThreads(threads);
        Nd4j.factory().blas().setMaxThreads(threads);
    }

    /** A description of the current settings, for run summaries. */
    public static String describe() {
        return "toolkit " + ComputeThreads.parallelism() + ", nd4j " + Nd4j.getEnvironment().maxThreads()
                + ", blas " + Nd4j.factory().blas().getMaxThreads();
    }
}
