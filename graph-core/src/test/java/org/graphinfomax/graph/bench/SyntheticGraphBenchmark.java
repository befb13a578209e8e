package org.graphinfomax.graph.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Supplier;
import org.graphinfomax.graph.Graph;
import org.graphinfomax.graph.generate.CommunityFeatures;
import org.graphinfomax.graph.generate.StochasticBlockModel;
import org.jgrapht.generate.GnmRandomGraphGenerator;
import org.jgrapht.generate.PlantedPartitionGraphGenerator;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.jgrapht.util.SupplierUtil;

/**
 * How fast synthetic benchmark graphs can be made: this toolkit's streaming degree-corrected SBM
 * (structure, then 128 Gaussian features) at the given sizes, against JGraphT 1.5.2's
 * {@code PlantedPartitionGraphGenerator} (the SBM it offers; it visits every pair of nodes, so its
 * time at 10^6 nodes is extrapolated from small sizes) and {@code GnmRandomGraphGenerator} filling
 * a {@code SimpleGraph} (structure only, no communities).
 *
 * <p>Run: {@code scripts/bench graph-core org.graphinfomax.graph.bench.SyntheticGraphBenchmark
 * [sizes, default 10000,100000,1000000] [jgrapht gnm sizes, default 100000,1000000]}; with
 * {@code -Dbench.skipJGraphT=true} (e.g. through JAVA_TOOL_OPTIONS) only this toolkit's generator runs.
 */
public final class SyntheticGraphBenchmark {

    private static final double AVERAGE_DEGREE = 10;

    private SyntheticGraphBenchmark() {
    }

    /** Arguments: comma-separated node counts for the SBM and for JGraphT's G(n, m). */
    public static void main(String[] args) {
        int[] sizes = parse(args.length > 0 ? args[0] : "10000,100000,1000000");
        int[] gnmSizes = parse(args.length > 1 ? args[1] : "100000,1000000");
        System.out.println(Timing.environment());
        System.out.println("| generator | nodes | stored edges | structure s (process CPU s) | features s (128 Gaussian) | heap used after MiB |");
        System.out.println("|---|---:|---:|---:|---:|---:|");
        for (int n : sizes) {
            StochasticBlockModel sbm = StochasticBlockModel.builder(n, 10).averageDegree(AVERAGE_DEGREE).mixing(0.4)
                    .seed(1).build();
            long start = System.nanoTime();
            double cpu = cpuSeconds();
            var adjacency = sbm.adjacency();
            double structure = seconds(start);
            double structureCpu = cpuSeconds() - cpu;
            start = System.nanoTime();
            cpu = cpuSeconds();
            var features = CommunityFeatures.gaussian(128, 1.0).generate(sbm.communities(), 10, 2);
            double featureSeconds = seconds(start);
            double featureCpu = cpuSeconds() - cpu;
            System.out.printf(Locale.ROOT, "| DC-SBM (this toolkit) | %d | %d | %.2f (%.2f) | %.2f (%.2f) | %d |%n", n,
                    adjacency.nnz(), structure, structureCpu, featureSeconds, featureCpu, usedHeapMib());
            adjacency = null;
            features = null;
        }
        StochasticBlockModel power = StochasticBlockModel.builder(sizes[sizes.length - 1], 10)
                .averageDegree(AVERAGE_DEGREE).mixing(0.4).powerLawDegrees(2.5).seed(1).build();
        long start = System.nanoTime();
        double cpu = cpuSeconds();
        Graph g = power.graph(null);
        System.out.printf(Locale.ROOT, "| DC-SBM, power-law degrees (2.5) | %d | %d | %.2f (%.2f) | - | %d |%n", g.numNodes(),
                g.numEdges(), seconds(start), cpuSeconds() - cpu, usedHeapMib());
        g = null;

        if (Boolean.getBoolean("bench.skipJGraphT")) {
            System.out.println("peak RSS " + peakRss());
            return;
        }
        double perPair = 0;
        for (int n : new int[] {4_000, 8_000}) {
            int communities = 10;
            double p = AVERAGE_DEGREE * 0.6 / (n / communities - 1.0);
            double q = AVERAGE_DEGREE * 0.4 / (n - n / communities);
            double s = timeGraph(() -> {
                SimpleGraph<Integer, DefaultEdge> graph = newGraph();
                new PlantedPartitionGraphGenerator<Integer, DefaultEdge>(communities, n / communities, p, q, 1L)
                        .generateGraph(graph);
                return graph;
            }, "JGraphT PlantedPartitionGraphGenerator", n);
            perPair = s / ((double) n * n / 2);
        }
        for (int n : sizes) {
            System.out.printf(Locale.ROOT, "| JGraphT PlantedPartitionGraphGenerator, extrapolated (n^2) | %d | - | %.0f | - | - |%n",
                    n, perPair * n * (double) n / 2);
        }
        for (int n : gnmSizes) {
            int m = (int) (n * AVERAGE_DEGREE / 2);
            timeGraph(() -> {
                SimpleGraph<Integer, DefaultEdge> graph = newGraph();
                new GnmRandomGraphGenerator<Integer, DefaultEdge>(n, m, 1L).generateGraph(graph);
                return graph;
            }, "JGraphT GnmRandomGraphGenerator into SimpleGraph", n);
        }
        System.out.println("peak RSS " + peakRss());
    }

    private static SimpleGraph<Integer, DefaultEdge> newGraph() {
        return new SimpleGraph<>(SupplierUtil.createIntegerSupplier(), SupplierUtil.DEFAULT_EDGE_SUPPLIER, false);
    }

    private static double timeGraph(Supplier<SimpleGraph<Integer, DefaultEdge>> generate, String name, int n) {
        System.gc();
        long start = System.nanoTime();
        SimpleGraph<Integer, DefaultEdge> graph = generate.get();
        double s = seconds(start);
        System.out.printf(Locale.ROOT, "| %s | %d | %d | %.2f | - | %d |%n", name, n, 2L * graph.edgeSet().size(), s,
                usedHeapMib());
        return s;
    }

    private static int[] parse(String list) {
        return java.util.Arrays.stream(list.split(",")).mapToInt(Integer::parseInt).toArray();
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static double cpuSeconds() {
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() / 1e9 : Double.NaN;
    }

    private static long usedHeapMib() {
        Runtime r = Runtime.getRuntime();
        return (r.totalMemory() - r.freeMemory()) >> 20;
    }

    private static String peakRss() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmHWM"))
                    .map(l -> l.replaceAll("\\s+", " ").substring(7)).findFirst().orElse("?");
        } catch (java.io.IOException e) {
            return "?";
        }
    }
}
