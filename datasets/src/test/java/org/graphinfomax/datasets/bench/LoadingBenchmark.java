package org.graphinfomax.datasets.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.graphinfomax.datasets.GraphClassificationDataset;
import org.graphinfomax.datasets.NodeClassificationDataset;
import org.graphinfomax.datasets.Planetoid;
import org.graphinfomax.datasets.TUDataset;

/**
 * Loading times of Cora (bundled and from the data folder), Citeseer, NCI1 and PROTEINS: the first
 * (cold) load of each in this JVM and the median and minimum of further loads. Cora is loaded first
 * of all, so its cold time includes loading the classes, and the JVM's uptime at that point is
 * printed too ("Cora should load in well under a second after JVM start-up").
 *
 * <p>Run: {@code mvn -q -pl datasets -am test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.graphinfomax.datasets.bench.LoadingBenchmark [-Dexec.args=REPEATS]}; the
 * data folder is the system property {@code graphinfomax.data.dir} or the environment variable
 * {@code GRAPHINFOMAX_DATA_DIR} (default {@code ../shared/data}).
 */
public final class LoadingBenchmark {

    /** One load of one dataset. */
    @FunctionalInterface
    private interface Load {
        String run() throws Exception;
    }

    private record Case(String name, Load load) {
    }

    private LoadingBenchmark() {
    }

    /** @param args optional number of repeated loads per dataset (default 7) */
    public static void main(String[] args) throws Exception {
        int repeats = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        long startCpu = threads.getCurrentThreadCpuTime();
        NodeClassificationDataset first = Planetoid.load("cora");
        double firstMs = (System.nanoTime() - start) / 1e6;
        double firstCpuMs = (threads.getCurrentThreadCpuTime() - startCpu) / 1e6;
        long uptimeMs = ManagementFactory.getRuntimeMXBean().getUptime();
        double processCpuMs = ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() / 1e6 : Double.NaN;
        System.out.printf(Locale.ROOT, "first load of bundled Cora (%s): %.1f ms wall, %.1f ms CPU of the loading "
                + "thread%nJVM start to Cora loaded: %d ms wall, %.1f ms CPU of the whole process (all threads)%n",
                summary(first), firstMs, firstCpuMs, uptimeMs, processCpuMs);

        Path data = dataDir();
        Path planetoid = data.resolve("planetoid");
        List<Case> cases = List.of(
                new Case("Cora (bundled)", () -> summary(Planetoid.load("cora"))),
                new Case("Cora (folder)", () -> summary(Planetoid.load(planetoid, "cora"))),
                new Case("Citeseer (folder)", () -> summary(Planetoid.load(planetoid, "citeseer"))),
                new Case("NCI1 (folder)", () -> summary(TUDataset.load(data.resolve("tu/NCI1"), "NCI1"))),
                new Case("PROTEINS (folder)", () -> summary(TUDataset.load(data.resolve("tu/PROTEINS"), "PROTEINS"))));

        System.out.printf(Locale.ROOT, "%n%-18s %9s %9s %9s %9s %9s  %s%n", "dataset", "cold", "cold cpu", "median",
                "med. cpu", "min", "result (times in ms; cpu = CPU time of the loading thread)");
        for (Case c : cases) {
            long t0 = System.nanoTime();
            long cpu0 = threads.getCurrentThreadCpuTime();
            String result = c.load().run();
            double cold = (System.nanoTime() - t0) / 1e6;
            double coldCpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e6;
            double[] times = new double[repeats];
            double[] cpuTimes = new double[repeats];
            for (int r = 0; r < repeats; r++) {
                long t = System.nanoTime();
                long cpu = threads.getCurrentThreadCpuTime();
                c.load().run();
                times[r] = (System.nanoTime() - t) / 1e6;
                cpuTimes[r] = (threads.getCurrentThreadCpuTime() - cpu) / 1e6;
            }
            Arrays.sort(times);
            Arrays.sort(cpuTimes);
            System.out.printf(Locale.ROOT, "%-18s %9.1f %9.1f %9.1f %9.1f %9.1f  %s%n", c.name(), cold, coldCpu,
                    times[repeats / 2], cpuTimes[repeats / 2], times[0], result);
        }
        System.out.printf(Locale.ROOT, "%n%d repeated loads per dataset after the cold one; %d cores, max heap %d MB%n",
                repeats, Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
    }

    private static String summary(GraphClassificationDataset d) {
        return d.size() + " graphs, " + d.totalNodes() + " nodes, " + d.numFeatures() + " features";
    }

    private static String summary(NodeClassificationDataset d) {
        return d.numNodes() + " nodes, " + d.graph().numEdges() + " directed edges, " + d.graph().numFeatures()
                + " features";
    }

    private static Path dataDir() {
        String env = System.getenv("GRAPHINFOMAX_DATA_DIR");
        if (env != null && !env.isBlank()) {
            return Paths.get(env);
        }
        return Paths.get(System.getProperty("graphinfomax.data.dir", "../shared/data"));
    }
}
