package org.graphinfomax.graph.bench;

import java.util.HashSet;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.graphinfomax.graph.ComputeThreads;
import org.graphinfomax.graph.SparseMatmul;
import org.graphinfomax.graph.SparseMatrix;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.memory.conf.WorkspaceConfiguration;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Times sparse x dense (GCN propagation Â·X) on Cora-sized (2708 nodes, 13,264 non-zeros with
 * self-loops, 512 columns) and Pubmed-sized (19,717 nodes, 108,365 non-zeros, 256 columns) inputs,
 * for the CPU kernel at 1 and 2 threads and for the ND4J-ops path. Products run inside a workspace,
 * as a training step does.
 *
 * <p>Run: {@code scripts/bench graph-core org.graphinfomax.graph.bench.SparseMatmulBenchmark}
 */
public final class SparseMatmulBenchmark {

    private SparseMatmulBenchmark() {
    }

    /** Entry point; no arguments. */
    public static void main(String[] args) {
        System.out.println(Timing.environment());
        System.out.println("| input | kernel | threads | time per product |");
        System.out.println("|---|---|---:|---|");
        run("Cora-sized", 2708, 13264, 512);
        run("Pubmed-sized", 19717, 108365, 256);
    }

    private static void run(String name, int nodes, int nonZeros, int width) {
        SparseMatrix a = undirectedWithSelfLoops(new Random(1), nodes, nonZeros).gcnNormalized();
        INDArray x = Nd4j.rand(DataType.FLOAT, nodes, width);
        WorkspaceConfiguration conf = WorkspaceConfiguration.builder().build();
        for (int threads : new int[] {1, 2}) {
            ComputeThreads.setParallelism(threads);
            report(name + " (nnz " + a.nnz() + ")", "CPU CSR kernel", threads, time(conf, () -> SparseMatmul.cpuKernel().multiply(a, x)));
        }
        report(name + " (nnz " + a.nnz() + ")", "ND4J ops (gather+segment sum)", -1,
                time(conf, () -> SparseMatmul.nd4jOps().multiply(a, x)));
    }

    private static Timing.Result time(WorkspaceConfiguration conf, Runnable product) {
        return Timing.time(5, 21, () -> {
            try (MemoryWorkspace ignored = Nd4j.getWorkspaceManager().getAndActivateWorkspace(conf, "bench")) {
                product.run();
            }
        });
    }

    private static void report(String input, String kernel, int threads, Timing.Result r) {
        System.out.printf(Locale.ROOT, "| %s | %s | %s | %s |%n", input, kernel,
                threads < 0 ? "OMP " + System.getenv().getOrDefault("OMP_NUM_THREADS", "default") : threads, r);
    }

    /** A random undirected graph whose GCN adjacency (with self-loops) has exactly {@code nonZeros} entries. */
    static SparseMatrix undirectedWithSelfLoops(Random rnd, int nodes, int nonZeros) {
        int edges = (nonZeros - nodes) / 2;
        Set<Long> seen = new HashSet<>();
        int[] s = new int[2 * edges];
        int[] t = new int[2 * edges];
        int k = 0;
        while (k < 2 * edges) {
            int u = rnd.nextInt(nodes);
            int v = rnd.nextInt(nodes);
            if (u == v || !seen.add((long) Math.min(u, v) * nodes + Math.max(u, v))) {
                continue;
            }
            s[k] = u;
            t[k++] = v;
            s[k] = v;
            t[k++] = u;
        }
        return SparseMatrix.fromCoo(nodes, nodes, s, t, null);
    }
}
