package org.graphinfomax.layers.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.graphinfomax.graph.ComputeThreads;
import org.graphinfomax.graph.Graph;
import org.graphinfomax.graph.GraphBatch;
import org.graphinfomax.graph.NodeFeatures;
import org.graphinfomax.layers.EncoderForward;
import org.graphinfomax.layers.Forward;
import org.graphinfomax.layers.ForwardMode;
import org.graphinfomax.layers.GcnEncoder;
import org.graphinfomax.layers.GinEncoder;
import org.graphinfomax.layers.GraphContext;
import org.graphinfomax.layers.Optimizer;
import org.graphinfomax.layers.ParameterStore;
import org.graphinfomax.layers.Readout;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.memory.conf.WorkspaceConfiguration;
import org.nd4j.linalg.api.memory.enums.AllocationPolicy;
import org.nd4j.linalg.api.memory.enums.LearningPolicy;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;

/**
 * Forward+backward time per call of the encoders on synthetic inputs of the benchmark data sets'
 * sizes, every call inside an ND4J workspace as the trainers run them. Prints the median (and the
 * min and max) of N timed calls after warm-up.
 *
 * <p>Arguments: {@code [runs=20] [computeThreads=availableProcessors] [cases=all|cora|pubmed|gin]}.
 * ND4J's own threads follow {@code OMP_NUM_THREADS}.
 */
public final class LayersBenchmark {

    private static final WorkspaceConfiguration STEP = WorkspaceConfiguration.builder()
            .policyAllocation(AllocationPolicy.STRICT).policyLearning(LearningPolicy.FIRST_LOOP).build();

    private LayersBenchmark() {
    }

    /** Runs the benchmark; see the class comment for the arguments. */
    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        if (args.length > 1) {
            ComputeThreads.setParallelism(Integer.parseInt(args[1]));
        }
        String cases = args.length > 2 ? args[2] : "all";
        System.out.printf(Locale.ROOT, "OMP_NUM_THREADS=%s, compute threads=%d, runs=%d, backend CPU=%b%n",
                System.getenv("OMP_NUM_THREADS"), ComputeThreads.parallelism(), runs, Nd4j.getEnvironment().isCPU());
        System.out.printf(Locale.ROOT, "%-52s %10s %10s %10s %10s%n", "case", "median ms", "min ms", "max ms", "CPU ms");

        if (cases.equals("all") || cases.equals("cora")) {
            coraCases(runs);
        }
        if (cases.equals("all") || cases.equals("pubmed")) {
            pubmedCases(runs);
        }
        if (cases.equals("all") || cases.equals("gin")) {
            GraphBatch mutag = GraphBatch.of(SyntheticGraphs.molecules(128, 5));
            System.out.printf(Locale.ROOT, "# MUTAG-sized batch: %d graphs, %d nodes, %d directed edges%n",
                    mutag.numGraphs(), mutag.numNodes(), mutag.merged().numEdges());
            ginCase(mutag, runs * 5);
        }
    }

    private static void coraCases(int runs) {
        Graph cora = SyntheticGraphs.undirected(2708, 5278, 1);
        NodeFeatures coraSparse = NodeFeatures.sparse(SyntheticGraphs.bagOfWords(2708, 1433, 0.013, 2));
        NodeFeatures coraDense = NodeFeatures.dense(coraSparse.toDense(DataType.FLOAT));
        System.out.printf(Locale.ROOT, "# Cora-sized: %d nodes, %d nnz with self-loops, %d feature nnz%n",
                cora.numNodes(), cora.gcnNormalizedAdjacency().nnz(), (int) Math.round(coraSparse.density() * 2708 * 1433));
        gcnCases("Cora sparse X", cora, coraSparse, 512, runs);
        gcnCases("Cora dense X", cora, coraDense, 512, runs);
    }

    private static void pubmedCases(int runs) {
        Graph pubmed = SyntheticGraphs.undirected(19717, 44324, 3);
        NodeFeatures pubmedX = NodeFeatures.dense(SyntheticGraphs.denseFeatures(19717, 500, 4));
        System.out.printf(Locale.ROOT, "# Pubmed-sized: %d nodes, %d nnz with self-loops%n", pubmed.numNodes(),
                pubmed.gcnNormalizedAdjacency().nnz());
        gcnCases("Pubmed dense X", pubmed, pubmedX, 256, Math.max(3, runs / 4));
    }

    private static void gcnCases(String name, Graph graph, NodeFeatures x, int hidden, int runs) {
        GcnEncoder encoder = GcnEncoder.builder(x.numFeatures()).hiddenSizes(hidden).build();
        ParameterStore store = ParameterStore.of(DataType.FLOAT, 1, encoder);
        Optimizer adam = new Optimizer(new Adam(0.001));
        GraphContext ctx = GraphContext.of(graph);
        int[] perm = permutation(graph.numNodes());
        ForwardMode mode = ForwardMode.training(1);
        report(name + ", encode + backward", runs, () -> {
            EncoderForward f = encoder.encode(x, ctx, mode);
            f.backward(f.nodeEmbeddings().mul(1e-3), null);
        });
        report(name + ", DGI pair + summary + backward", runs, () -> dgiShapedStep(encoder, x, perm, ctx, mode));
        report(name + ", DGI pair step + Adam", runs, () -> {
            store.zeroGradients();
            dgiShapedStep(encoder, x, perm, ctx, mode);
            adam.step(store);
        });
    }

    /** The encoder's share of a DGI step; the loss gradients are stand-ins of the right shapes. */
    private static void dgiShapedStep(GcnEncoder encoder, NodeFeatures x, int[] perm, GraphContext ctx, ForwardMode mode) {
        GcnEncoder.PairForward pair = encoder.forwardPair(x, perm, ctx, mode);
        Forward summary = Readout.sigmoidMean().pool(pair.clean(), ctx);
        INDArray gClean = pair.clean().mul(1e-3).addi(summary.backward(summary.output().mul(1e-3)));
        pair.backward(gClean, pair.corrupted().mul(-1e-3));
    }

    private static void ginCase(GraphBatch batch, int runs) {
        GinEncoder encoder = new GinEncoder(7, 32, 5);
        ParameterStore store = ParameterStore.of(DataType.FLOAT, 1, encoder);
        Optimizer adam = new Optimizer(new Adam(0.001));
        GraphContext ctx = GraphContext.of(batch);
        NodeFeatures x = batch.merged().requireFeatures();
        ForwardMode mode = ForwardMode.training(1);
        report("GIN 5x32 batch of 128, encode + backward", runs, () -> {
            EncoderForward f = encoder.encode(x, ctx, mode);
            f.backward(f.nodeEmbeddings().mul(1e-3), f.graphEmbeddings().mul(1e-3));
        });
        report("GIN 5x32 batch of 128, step + Adam", runs, () -> {
            store.zeroGradients();
            EncoderForward f = encoder.encode(x, ctx, mode);
            f.backward(f.nodeEmbeddings().mul(1e-3), f.graphEmbeddings().mul(1e-3));
            adam.step(store);
        });
    }

    private static void report(String name, int runs, Runnable call) {
        int warmup = Math.max(3, runs / 2);
        double[] ms = new double[runs];
        double[] cpuMs = new double[runs];
        for (int i = -warmup; i < runs; i++) {
            long cpuStart = processCpuNanos();
            long start = System.nanoTime();
            try (MemoryWorkspace ignored = Nd4j.getWorkspaceManager().getAndActivateWorkspace(STEP, "bench-step")) {
                call.run();
            }
            long elapsed = System.nanoTime() - start;
            if (i >= 0) {
                ms[i] = elapsed / 1e6;
                cpuMs[i] = (processCpuNanos() - cpuStart) / 1e6;
            }
        }
        Arrays.sort(ms);
        Arrays.sort(cpuMs);
        System.out.printf(Locale.ROOT, "%-52s %10.2f %10.2f %10.2f %10.2f%n", name, ms[runs / 2], ms[0], ms[runs - 1],
                cpuMs[runs / 2]);
    }

    /** CPU time of the whole process (all threads), steadier than wall-clock time on a loaded machine. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static int[] permutation(int n) {
        List<Integer> list = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(i);
        }
        java.util.Collections.shuffle(list, new java.util.Random(7));
        return list.stream().mapToInt(Integer::intValue).toArray();
    }
}
