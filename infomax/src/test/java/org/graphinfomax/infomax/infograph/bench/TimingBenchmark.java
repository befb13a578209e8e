package org.graphinfomax.infomax.infograph.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.graphinfomax.datasets.GraphClassificationDataset;
import org.graphinfomax.graph.ComputeThreads;
import org.graphinfomax.infomax.infograph.InfoGraph;
import org.graphinfomax.infomax.training.EpochStats;
import org.graphinfomax.infomax.training.TrainingHistory;

/**
 * Time per InfoGraph training epoch (batches of 128, shuffling and batching included, evaluation
 * excluded), as the reference timing in issue 7 measures it. Every run trains a fresh model for
 * {@code --epochs} epochs; the first epoch of every run (JIT warm-up, workspace sizing) is dropped
 * and the median of the remaining epochs over all runs is reported, with the minimum, the median
 * and minimum process CPU time per epoch (measured between consecutive epoch ends, so that JIT
 * warm-up in the first epoch is excluded; far less sensitive to other processes than wall time)
 * and the load average.
 *
 * <p>Arguments: {@code --datasets MUTAG,PTC_MR,IMDB-BINARY,PROTEINS,NCI1}, {@code --layers 5,3},
 * {@code --runs 3}, {@code --epochs 6}, {@code --threads 1} (compute threads of the sparse
 * kernels; ND4J's own threads follow {@code OMP_NUM_THREADS}). Peak resident memory (VmHWM) is
 * printed at the end.
 */
public final class TimingBenchmark {

    private TimingBenchmark() {
    }

    /** Runs the benchmark; see the class comment for the arguments. */
    public static void main(String[] argv) throws Exception {
        BenchArgs args = new BenchArgs(argv);
        int threads = args.integer("threads", 1);
        ComputeThreads.setParallelism(threads);
        int runs = args.integer("runs", 3);
        int epochs = args.integer("epochs", 6);
        String omp = System.getenv().getOrDefault("OMP_NUM_THREADS", "unset");
        List<String> rows = new ArrayList<>();
        for (String name : args.list("datasets", "MUTAG,PTC_MR,IMDB-BINARY,PROTEINS,NCI1")) {
            GraphClassificationDataset data = BenchData.load(name);
            for (String layerText : args.list("layers", "5,3")) {
                int layers = Integer.parseInt(layerText);
                List<Double> wall = new ArrayList<>();
                List<Double> cpu = new ArrayList<>();
                String loadBefore = loadAverage();
                for (int run = 0; run < runs; run++) {
                    InfoGraph model = InfoGraph.builder(data.numFeatures()).numLayers(layers).epochs(epochs)
                            .seed(run + 1).build();
                    long[] lastCpu = {processCpuNanos()};
                    TrainingHistory history = model.fit(data.graphs(), s -> {
                        long now = processCpuNanos();
                        if (s.epoch() > 1) {
                            cpu.add((now - lastCpu[0]) / 1e9);
                        }
                        lastCpu[0] = now;
                    });
                    history.epochs().stream().skip(1).map(EpochStats::seconds).forEach(wall::add);
                }
                double[] sorted = wall.stream().mapToDouble(Double::doubleValue).sorted().toArray();
                double[] sortedCpu = cpu.stream().mapToDouble(Double::doubleValue).sorted().toArray();
                String row = String.format(Locale.ROOT, "| %s | %d x 32 | %.3f | %.3f | %.3f | %.3f | %d | %s / %s |", name,
                        layers, median(sorted), sorted[0], median(sortedCpu), sortedCpu[0], sorted.length, loadBefore,
                        loadAverage());
                System.out.println(row);
                rows.add(row);
            }
        }
        System.out.println();
        System.out.printf(Locale.ROOT, "OMP_NUM_THREADS=%s, compute threads %d, %d runs x %d epochs (first epoch of each "
                + "run dropped), peak RSS %.0f MiB%n", omp, threads, runs, epochs, BenchData.peakResidentMiB());
        System.out.println("| dataset | layers | median wall s/epoch | min wall s/epoch | median process CPU s/epoch "
                + "| min process CPU s/epoch | epochs timed | load average before / after |");
        System.out.println("|---|---|---:|---:|---:|---:|---:|---|");
        rows.forEach(System.out::println);
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static String loadAverage() {
        try {
            return Arrays.stream(Files.readString(Paths.get("/proc/loadavg")).split(" ")).limit(1).findFirst()
                    .orElse("?");
        } catch (IOException e) {
            return "?";
        }
    }
}
