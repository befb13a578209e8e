package org.graphinfomax.infomax.infograph.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.graphinfomax.datasets.GraphClassificationDataset;
import org.graphinfomax.graph.ComputeThreads;
import org.graphinfomax.graph.GraphBatch;
import org.graphinfomax.infomax.infograph.DotProductCritic;
import org.graphinfomax.infomax.infograph.GraphBatches;
import org.graphinfomax.infomax.infograph.ProjectionHead;
import org.graphinfomax.infomax.mi.MiEstimators;
import org.graphinfomax.infomax.training.StepWorkspace;
import org.graphinfomax.layers.EncoderForward;
import org.graphinfomax.layers.Forward;
import org.graphinfomax.layers.ForwardMode;
import org.graphinfomax.layers.GinEncoder;
import org.graphinfomax.layers.GraphContext;
import org.graphinfomax.layers.Optimizer;
import org.graphinfomax.layers.ParameterStore;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.learning.config.Adam;

/**
 * Where the time of an InfoGraph training step goes: the same step as the model's, assembled from
 * the public parts, with the thread CPU time of each phase accumulated over many steps (CPU time is
 * far less sensitive than wall time to other processes on a shared machine).
 *
 * <p>Arguments: {@code --dataset MUTAG --layers 5 --steps 60 --threads 1}.
 */
public final class StepProfile {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private StepProfile() {
    }

    /** Runs the profile. */
    public static void main(String[] argv) throws Exception {
        BenchArgs args = new BenchArgs(argv);
        ComputeThreads.setParallelism(args.integer("threads", 1));
        GraphClassificationDataset data = BenchData.load(args.string("dataset", "MUTAG"));
        int layers = args.integer("layers", 5);
        int width = layers * 32;
        GinEncoder encoder = new GinEncoder(data.numFeatures(), 32, layers);
        ProjectionHead local = new ProjectionHead(width, width);
        ProjectionHead global = new ProjectionHead(width, width);
        ParameterStore store = ParameterStore.builder(DataType.FLOAT).add("encoder", encoder).add("local", local)
                .add("global", global).build(1);
        Optimizer optimizer = new Optimizer(new Adam(0.01));
        DotProductCritic critic = DotProductCritic.forMeasure(org.graphinfomax.infomax.mi.NamedMeasure.JSD);
        StepWorkspace workspace = new StepWorkspace("profile");
        String[] phases = {"batching", "encoder fwd", "heads fwd", "critic", "heads bwd", "encoder bwd", "adam"};
        long[] cpu = new long[phases.length];
        Random random = new Random(1);
        ForwardMode mode = ForwardMode.training(1);
        int steps = args.integer("steps", 60);
        int done = 0;
        long wallStart = 0;
        while (done < steps) {
            long t0 = THREADS.getCurrentThreadCpuTime();
            List<GraphBatch> batches = GraphBatches.shuffled(data.graphs(), 128, random);
            cpu[0] += THREADS.getCurrentThreadCpuTime() - t0;
            for (GraphBatch batch : batches) {
                if (done == 5) {
                    java.util.Arrays.fill(cpu, 0);
                    wallStart = System.nanoTime();
                }
                long[] c = cpu;
                workspace.run(() -> {
                    long t = THREADS.getCurrentThreadCpuTime();
                    GraphContext ctx = GraphContext.of(batch);
                    store.zeroGradients();
                    c[0] += lap(t);
                    t = THREADS.getCurrentThreadCpuTime();
                    EncoderForward enc = encoder.encode(batch.merged().requireFeatures(), ctx, mode);
                    c[1] += lap(t);
                    t = THREADS.getCurrentThreadCpuTime();
                    Forward l = local.forward(enc.nodeEmbeddings(), ctx, mode);
                    Forward g = global.forward(enc.graphEmbeddings(), ctx, mode);
                    c[2] += lap(t);
                    t = THREADS.getCurrentThreadCpuTime();
                    DotProductCritic.Result r = critic.localGlobal(l.output(), g.output(), ctx.graphIndexArray(), true);
                    c[3] += lap(t);
                    t = THREADS.getCurrentThreadCpuTime();
                    var gn = l.backward(r.gradFirst());
                    var gg = g.backward(r.gradSecond());
                    c[4] += lap(t);
                    t = THREADS.getCurrentThreadCpuTime();
                    enc.backward(gn, gg);
                    c[5] += lap(t);
                    t = THREADS.getCurrentThreadCpuTime();
                    optimizer.step(store);
                    c[6] += lap(t);
                    return r.loss();
                });
                done++;
            }
        }
        double wall = (System.nanoTime() - wallStart) / 1e6 / (done - 5);
        long total = java.util.Arrays.stream(cpu).sum();
        System.out.printf(Locale.ROOT, "%s, %d layers: %d timed steps, wall %.1f ms/step, CPU %.1f ms/step%n",
                data.name(), layers, done - 5, wall, total / 1e6 / (done - 5));
        for (int i = 0; i < phases.length; i++) {
            System.out.printf(Locale.ROOT, "  %-12s %6.2f ms/step (%4.1f%%)%n", phases[i], cpu[i] / 1e6 / (done - 5),
                    100.0 * cpu[i] / total);
        }
    }

    private static long lap(long start) {
        return THREADS.getCurrentThreadCpuTime() - start;
    }
}
