package org.graphinfomax.infomax.dgi.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.graphinfomax.graph.Graph;
import org.graphinfomax.graph.generate.CommunityFeatures;
import org.graphinfomax.graph.generate.StochasticBlockModel;
import org.graphinfomax.graph.sampling.NodeBatches;
import org.graphinfomax.infomax.dgi.DeepGraphInfomax;
import org.graphinfomax.infomax.dgi.MiniBatchDgi;
import org.graphinfomax.infomax.eval.AccuracySummary;
import org.graphinfomax.infomax.eval.LinearProbe;
import org.graphinfomax.infomax.training.EpochStats;
import org.graphinfomax.infomax.training.TrainingHistory;
import org.graphinfomax.infomax.training.TrainingListener;
import org.graphinfomax.layers.SageEncoder;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Scaling of DGI with graph size, one size and one training mode per JVM (so that the peak
 * resident memory, VmHWM, belongs to that run): a synthetic degree-corrected SBM with 10
 * communities, average degree 12, mixing 0.5 and 128 Gaussian features (separation 1), trained
 * either full-batch ({@link DeepGraphInfomax}: one GCN layer of 256, early stopping with the given
 * patience; mode {@code full-sage}: the mini-batch model's two SAGE layers on the whole graph) or
 * mini-batch ({@link MiniBatchDgi}: two skip-connected SAGE layers of
 * 256, fan-outs 10/10, batches of 256). Reports time per epoch, peak RSS after training and after
 * inference, and the linear-probe accuracy (LinearProbe, 50 runs) on a random half/half split of up
 * to 20,000 nodes, whose labels are the communities. Appends one CSV row to the results file.
 * System properties: {@code scale.hidden} (hidden width, default 256), {@code scale.lr} (Adam's learning rate, default 0.005, both modes) and
 * {@code scale.batches} (mini-batch: batches per epoch; the epoch time is then scaled to all batches).
 *
 * <p>Run (see BENCHMARKS.md for the JVM flags used):
 * {@code java -cp ... org.graphinfomax.infomax.dgi.bench.ScalingBenchmark full|mini NODES MAX_EPOCHS [PATIENCE] [results.csv]}
 */
public final class ScalingBenchmark {

    private static final int COMMUNITIES = 10;
    private static final double AVERAGE_DEGREE = 12;
    private static final double MIXING = 0.5;
    private static final int FEATURES = 128;
    private static final int HIDDEN = Integer.getInteger("scale.hidden", 256);
    private static final int PROBE_NODES = 20_000;
    private static final double LEARNING_RATE = Double.parseDouble(System.getProperty("scale.lr", "0.005"));
    private static final int BATCH_LIMIT = Integer.getInteger("scale.batches", Integer.MAX_VALUE);

    private ScalingBenchmark() {
    }

    /** Arguments: mode (full, full-sage or mini), node count, maximum epochs, patience (full-batch), CSV file. */
    public static void main(String[] args) throws IOException {
        String mode = args[0];
        int nodes = Integer.parseInt(args[1]);
        int maxEpochs = Integer.parseInt(args[2]);
        int patience = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        Path csv = Path.of(args.length > 4 ? args[4] : "scaling-results.csv");

        long start = System.nanoTime();
        Graph graph = StochasticBlockModel.builder(nodes, COMMUNITIES).averageDegree(AVERAGE_DEGREE).mixing(MIXING)
                .seed(nodes).build().graph(CommunityFeatures.gaussian(FEATURES, 1.0));
        double generation = (System.nanoTime() - start) / 1e9;
        long graphBytes = (graph.numNodes() + 1L) * 4 + graph.numEdges() * 8L + (long) nodes * FEATURES * 4;
        System.out.printf(Locale.ROOT, "%s (hidden %d): %d nodes, %d stored edges, generated in %.1f s; graph %.0f MiB; %s; "
                        + "load %s; OMP_NUM_THREADS=%s, heap max %d MiB%n", mode, HIDDEN, nodes, graph.numEdges(), generation,
                graphBytes / 1048576.0, Memory.line(), Memory.loadAverage(),
                System.getenv().getOrDefault("OMP_NUM_THREADS", "unset"), Runtime.getRuntime().maxMemory() >> 20);

        long beforeTraining = Memory.rssKib();
        int[] probeNodes = probeNodes(nodes);
        List<EpochStats> epochs = new ArrayList<>();
        List<Double> epochCpu = new ArrayList<>();
        double[] cpuMark = {Memory.processCpuSeconds()};
        TrainingListener listener = stats -> {
            epochs.add(stats);
            double cpu = Memory.processCpuSeconds();
            epochCpu.add(cpu - cpuMark[0]);
            cpuMark[0] = cpu;
            System.out.printf(Locale.ROOT, "  epoch %d loss %.4f %.2f s (process CPU %.2f s), %s%n", stats.epoch(),
                    stats.loss(), stats.seconds(), epochCpu.get(epochCpu.size() - 1), Memory.line());
        };
        INDArray probeEmbeddings;
        long trainingPeak;
        start = System.nanoTime();
        if (mode.equals("full") || mode.equals("full-sage")) {
            DeepGraphInfomax.Builder builder = DeepGraphInfomax.builder(FEATURES).hiddenSizes(HIDDEN).maxEpochs(maxEpochs)
                    .learningRate(LEARNING_RATE).patience(patience).seed(1);
            if (mode.equals("full-sage")) {
                builder.encoder(new WholeGraphSageEncoder(SageEncoder.builder(FEATURES).hiddenSizes(HIDDEN, HIDDEN).build()));
            }
            DeepGraphInfomax dgi = builder.build();
            TrainingHistory h = dgi.fit(graph, listener);
            trainingPeak = Memory.peakKib();
            INDArray all = dgi.embed(graph);
            probeEmbeddings = Nd4j.pullRows(all, 1, probeNodes, 'c');
            System.out.println("  best epoch " + h.bestEpoch() + " of " + h.epochCount());
        } else if (mode.equals("mini")) {
            MiniBatchDgi dgi = MiniBatchDgi.builder(FEATURES)
                    .encoder(SageEncoder.builder(FEATURES).hiddenSizes(HIDDEN, HIDDEN).build()).fanouts(10, 10).batchSize(256)
                    .epochs(maxEpochs).learningRate(LEARNING_RATE).batchesPerEpoch(BATCH_LIMIT).seed(1).build();
            dgi.fit(graph, listener);
            trainingPeak = Memory.peakKib();
            probeEmbeddings = dgi.embed(graph, probeNodes);
        } else {
            throw new IllegalArgumentException("mode must be full, full-sage or mini, got " + mode);
        }
        double training = (System.nanoTime() - start) / 1e9;
        int[] labels = graph.nodeLabels().orElseThrow();
        int[] probeLabels = Arrays.stream(probeNodes).map(i -> labels[i]).toArray();
        int half = probeNodes.length / 2;
        int[] train = range(0, half);
        int[] test = range(half, probeNodes.length);
        AccuracySummary accuracy = LinearProbe.builder().seed(1).build().evaluate(probeEmbeddings, probeLabels, train, test);
        long finalPeak = Memory.peakKib();
        // a partial epoch (-Dscale.batches) is scaled to all batches: a batch costs the same wherever it lies
        int allBatches = (nodes + 255) / 256;
        double scale = mode.equals("mini") ? (double) allBatches / Math.min(allBatches, BATCH_LIMIT) : 1.0;
        double[] seconds = epochs.stream().mapToDouble(e -> e.seconds() * scale).toArray();
        epochCpu.replaceAll(c -> c * scale);
        if (scale != 1.0) {
            System.out.printf(Locale.ROOT, "  epochs ran %d of %d batches; epoch times below are scaled by %.2f%n",
                    Math.min(allBatches, BATCH_LIMIT), allBatches, scale);
        }
        double median = median(seconds);
        double medianCpu = median(epochCpu.stream().mapToDouble(Double::doubleValue).toArray());
        System.out.printf(Locale.ROOT, "| %s | %d | %d | %d | %.2f | %.2f | %.2f | %.0f | %.0f | %.0f | %s | %.0f |%n", mode,
                nodes, graph.numEdges(), epochs.size(), seconds[0], median, medianCpu, graphBytes / 1048576.0, trainingPeak / 1024.0,
                finalPeak / 1024.0, accuracy, training);
        String row = String.format(Locale.ROOT, "%s,%d,%d,%d,%d,%.4f,%.4f,%.4f,%.1f,%.1f,%.1f,%.1f,%.4f,%.4f,%s%n",
                mode, HIDDEN, nodes, graph.numEdges(), epochs.size(), seconds[0], median, medianCpu, graphBytes / 1048576.0,
                beforeTraining / 1024.0, trainingPeak / 1024.0,
                finalPeak / 1024.0, accuracy.mean(), accuracy.std(), Memory.loadAverage());
        if (!Files.exists(csv)) {
            Files.writeString(csv, "mode,hidden,nodes,edges,epochs,first_epoch_s,median_epoch_s,median_epoch_cpu_s,graph_mib,"
                    + "rss_before_training_mib,training_peak_rss_mib,final_peak_rss_mib,probe_accuracy,probe_std,"
                    + "load_at_end\n", StandardCharsets.UTF_8);
        }
        Files.writeString(csv, row, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    /** Up to 20,000 distinct nodes in a seeded random order (the first half trains the probe). */
    private static int[] probeNodes(int nodes) {
        int[] order = NodeBatches.shuffled(nodes, nodes, 12345)[0];
        return Arrays.copyOf(order, Math.min(nodes, PROBE_NODES));
    }

    private static int[] range(int from, int to) {
        int[] r = new int[to - from];
        Arrays.setAll(r, i -> from + i);
        return r;
    }

    private static double median(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
