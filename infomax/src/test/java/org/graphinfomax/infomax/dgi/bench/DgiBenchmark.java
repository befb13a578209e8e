package org.graphinfomax.infomax.dgi.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.graphinfomax.datasets.MissingDatasetFileException;
import org.graphinfomax.datasets.NodeClassificationDataset;
import org.graphinfomax.datasets.Planetoid;
import org.graphinfomax.graph.ComputeThreads;
import org.graphinfomax.infomax.dgi.DeepGraphInfomax;
import org.graphinfomax.infomax.eval.AccuracySummary;
import org.graphinfomax.infomax.eval.LinearProbe;
import org.graphinfomax.infomax.training.TrainingHistory;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Reproduces DGI's node-classification results and times training: for each seed, trains DGI on
 * a Planetoid dataset (row-normalised features, the paper's hyperparameters), evaluates the
 * embeddings with the 50-run linear probe, and reports epochs, time per epoch, total training time
 * and peak memory; also the random-init encoder under the same probe.
 *
 * <p>Run: {@code OMP_NUM_THREADS=1 scripts/bench infomax org.graphinfomax.infomax.dgi.bench.DgiBenchmark
 * cora 0,1,2,3,4 [hidden] [threads]}; data from {@code -Dgraphinfomax.data.dir} (default
 * ../shared/data); {@code -Ddgi.maxEpochs=N} caps training for timing-only runs.
 */
public final class DgiBenchmark {

    private DgiBenchmark() {
    }

    /** Arguments: dataset, comma-separated seeds, optional hidden size, optional kernel threads. */
    public static void main(String[] args) throws Exception {
        String name = args.length > 0 ? args[0] : "cora";
        long[] seeds = Arrays.stream((args.length > 1 ? args[1] : "0").split(",")).mapToLong(Long::parseLong).toArray();
        int hidden = args.length > 2 ? Integer.parseInt(args[2]) : 512;
        if (args.length > 3) {
            ComputeThreads.setParallelism(Integer.parseInt(args[3]));
        }
        Path data = Path.of(System.getProperty("graphinfomax.data.dir", "../shared/data"), "planetoid");
        NodeClassificationDataset dataset;
        boolean fullFeatures = true;
        try {
            dataset = Planetoid.load(data, name).withRowNormalizedFeatures();
        } catch (MissingDatasetFileException e) {
            // Pubmed here: allx is missing, so train on the real graph with the features that exist and
            // report timings only (accuracies would be meaningless).
            System.out.println("note: " + e.getMessage() + "; training with the features of the training and test "
                    + "nodes only; accuracies are not comparable to the paper's");
            dataset = Planetoid.loadWithAvailableFeatures(data, name).withRowNormalizedFeatures();
            fullFeatures = false;
        }
        System.out.printf(Locale.ROOT, "%s: %d nodes, %d edges, %d features; hidden %d; OMP_NUM_THREADS=%s, kernel threads %d%n",
                name, dataset.numNodes(), dataset.graph().numEdges(), dataset.graph().numFeatures(), hidden,
                System.getenv().getOrDefault("OMP_NUM_THREADS", "unset"), ComputeThreads.parallelism());
        LinearProbe probe = LinearProbe.builder().build();
        int[] labels = dataset.labels();
        List<Double> means = new ArrayList<>();
        System.out.println("load average at start: " + Memory.loadAverage());
        System.out.println("| seed | epochs | best epoch | median epoch ms | median epoch process CPU ms | training s "
                + "| test accuracy (50 probes) | random-init encoder |");
        System.out.println("|---:|---:|---:|---:|---:|---:|---|---|");
        for (long seed : seeds) {
            DeepGraphInfomax untrained = DeepGraphInfomax.builder(dataset.graph().numFeatures()).hiddenSizes(hidden).seed(seed).build();
            AccuracySummary random = probe.evaluate(untrained.embed(dataset.graph()), labels, dataset.split().train(), dataset.split().test());
            DeepGraphInfomax.Builder builder = DeepGraphInfomax.builder(dataset.graph().numFeatures()).hiddenSizes(hidden).seed(seed);
            Integer maxEpochs = Integer.getInteger("dgi.maxEpochs");
            if (maxEpochs != null) {
                builder.maxEpochs(maxEpochs); // timing-only runs (Pubmed with partial features)
            }
            DeepGraphInfomax dgi = builder.build();
            List<Double> epochCpu = new ArrayList<>();
            double[] cpuMark = {Memory.processCpuSeconds()};
            TrainingHistory history = dgi.fit(dataset.graph(), stats -> {
                double cpu = Memory.processCpuSeconds();
                epochCpu.add(cpu - cpuMark[0]);
                cpuMark[0] = cpu;
            });
            INDArray embeddings = dgi.embed(dataset.graph());
            AccuracySummary acc = LinearProbe.builder().seed(seed).build()
                    .evaluate(embeddings, labels, dataset.split().train(), dataset.split().test());
            means.add(acc.mean());
            System.out.printf(Locale.ROOT, "| %d | %d | %d | %.1f | %.1f | %.1f | %s | %s |%n", seed, history.epochCount(),
                    history.bestEpoch(), 1000 * history.medianEpochSeconds(), 1000 * median(epochCpu), history.totalSeconds(),
                    fullFeatures ? acc : "(partial features) " + acc, fullFeatures ? random : "-");
        }
        AccuracySummary overall = new AccuracySummary(means.stream().mapToDouble(Double::doubleValue).toArray());
        System.out.println("mean over seeds: " + overall + "; " + "figures per seed are means of 50 probe runs; peak RSS " + (Memory.peakKib() >> 10)
                + " MiB; load average at end: " + Memory.loadAverage());
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted.length == 0 ? Double.NaN : sorted[sorted.length / 2];
    }
}
