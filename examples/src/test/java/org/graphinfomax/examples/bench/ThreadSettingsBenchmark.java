package org.graphinfomax.examples.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Locale;
import org.graphinfomax.datasets.NodeClassificationDataset;
import org.graphinfomax.datasets.Planetoid;
import org.graphinfomax.examples.cli.ThreadSettings;
import org.graphinfomax.infomax.dgi.DeepGraphInfomax;
import org.graphinfomax.infomax.training.EpochStats;
import org.graphinfomax.infomax.training.TrainingHistory;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Does {@code --threads N} (that is, {@link ThreadSettings#apply}) change how many threads ND4J
 * computes with, after ND4J has loaded? Times a large matrix product (OpenBLAS), a large
 * element-wise op (libnd4j's OpenMP loops) and DGI epochs on Cora, and reports wall time and the
 * process's CPU time per wall second (about 1 for one busy thread, about 2 for two).
 *
 * <p>Run once per setting, e.g. {@code scripts/bench examples
 * org.graphinfomax.examples.bench.ThreadSettingsBenchmark api 1} or with {@code OMP_NUM_THREADS=1}
 * in the environment and {@code default}.
 */
public final class ThreadSettingsBenchmark {

    private ThreadSettingsBenchmark() {
    }

    /**
     * Args: {@code default}, {@code api N} (all of {@link ThreadSettings#apply}), or one of its calls
     * alone: {@code maxThreads N}, {@code maxMasterThreads N}, {@code blas N}; optional third arg: DGI
     * epochs (default 30).
     */
    public static void main(String[] args) throws Exception {
        String setting = args.length > 0 ? args[0] : "default";
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        switch (setting) {
            case "api" -> ThreadSettings.apply(n);
            case "maxThreads" -> Nd4j.getEnvironment().setMaxThreads(n);
            case "maxMasterThreads" -> Nd4j.getEnvironment().setMaxMasterThreads(n);
            case "blas" -> Nd4j.factory().blas().setMaxThreads(n);
            default -> { }
        }
        int epochs = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        System.out.printf(Locale.ROOT, "setting %s, OMP_NUM_THREADS=%s, %s%n", String.join(" ", args),
                System.getenv("OMP_NUM_THREADS"), ThreadSettings.describe());

        INDArray a = Nd4j.rand(DataType.FLOAT, 1500, 1500);
        INDArray b = Nd4j.rand(DataType.FLOAT, 1500, 1500);
        INDArray c = Nd4j.create(DataType.FLOAT, 1500, 1500);
        measure("gemm 1500x1500 (OpenBLAS)", 10, () -> Nd4j.gemm(a, b, c, false, false, 1.0, 0.0));
        INDArray big = Nd4j.rand(DataType.FLOAT, 4_000_000);
        measure("tanh of 4M floats (libnd4j)", 30, () -> org.nd4j.linalg.ops.transforms.Transforms.tanh(big, false));

        NodeClassificationDataset cora = Planetoid.load("cora").withRowNormalizedFeatures();
        DeepGraphInfomax dgi = DeepGraphInfomax.builder(cora.graph().numFeatures()).seed(0).maxEpochs(epochs)
                .patience(epochs).build();
        double cpu0 = cpuSeconds();
        long t0 = System.nanoTime();
        TrainingHistory history = dgi.fit(cora.graph());
        double wall = (System.nanoTime() - t0) / 1e9;
        double[] times = history.epochs().stream().skip(3).mapToDouble(EpochStats::seconds).sorted().toArray();
        System.out.printf(Locale.ROOT, "%-30s median %.3f s/epoch (min %.3f), CPU/wall %.2f, %d threads in process%n",
                "DGI epoch on Cora", times[times.length / 2], times[0], (cpuSeconds() - cpu0) / wall, threadCount());
    }

    private static void measure(String what, int repeats, Runnable op) throws Exception {
        op.run();
        double[] times = new double[repeats];
        double cpu0 = cpuSeconds();
        long start = System.nanoTime();
        for (int i = 0; i < repeats; i++) {
            long t = System.nanoTime();
            op.run();
            times[i] = (System.nanoTime() - t) / 1e6;
        }
        double wall = (System.nanoTime() - start) / 1e9;
        Arrays.sort(times);
        System.out.printf(Locale.ROOT, "%-30s median %.1f ms (min %.1f), CPU/wall %.2f, busy threads %d%n", what,
                times[repeats / 2], times[0], (cpuSeconds() - cpu0) / wall, busyThreads(op, repeats));
    }

    /** Threads of this process that did at least 10% of the CPU work while {@code op} ran. */
    private static int busyThreads(Runnable op, int repeats) throws Exception {
        Map<String, Long> before = taskTicks();
        for (int i = 0; i < repeats; i++) {
            op.run();
        }
        Map<String, Long> after = taskTicks();
        long total = 0;
        Map<String, Long> delta = new HashMap<>();
        for (var e : after.entrySet()) {
            long d = e.getValue() - before.getOrDefault(e.getKey(), 0L);
            delta.put(e.getKey(), d);
            total += d;
        }
        long threshold = Math.max(1, total / 10);
        return (int) delta.values().stream().filter(d -> d >= threshold).count();
    }

    /** utime + stime in clock ticks of every thread of this process. */
    private static Map<String, Long> taskTicks() throws Exception {
        Map<String, Long> ticks = new HashMap<>();
        try (var tasks = Files.list(Path.of("/proc/self/task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    ticks.put(task.getFileName().toString(), Long.parseLong(f[11]) + Long.parseLong(f[12]));
                } catch (java.io.IOException gone) {
                    // the thread ended meanwhile
                }
            }
        }
        return ticks;
    }

    private static double cpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
    }

    private static long threadCount() throws Exception {
        try (var tasks = Files.list(Path.of("/proc/self/task"))) {
            return tasks.count();
        }
    }
}
