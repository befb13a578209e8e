package org.graphinfomax.examples.cli;

import org.graphinfomax.graph.ComputeThreads;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Applies {@code --threads N} to every pool that computes: the toolkit's own sparse kernels
 * ({@link ComputeThreads}), libnd4j's element-wise and reduction loops
 * ({@code Environment.setMaxMasterThreads}) and OpenBLAS's matrix products
 * ({@code Blas.setMaxThreads}).
 *
 * <p>Measured with ND4J 1.0.0-M2.1 (BENCHMARKS.md, section "CLI: threads"; counting the threads
 * that do the work): both calls take effect at run time, after ND4J has loaded, each on its own
 * pool; {@code Environment.setMaxThreads} changes neither, and there is no
 * {@code Nd4j.setNumThreads} in this version. The environment variable {@code OMP_NUM_THREADS}
 * limits both native pools too, but only when it is set before the JVM starts.
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
        Nd4j.getEnvironment().setMaxMasterThreads(threads);
        Nd4j.factory().blas().setMaxThreads(threads);
    }

    /** A description of the current settings, for run summaries. */
    public static String describe() {
        return "toolkit " + ComputeThreads.parallelism() + ", nd4j " + Nd4j.getEnvironment().maxMasterThreads()
                + ", blas " + Nd4j.factory().blas().getMaxThreads();
    }
}
