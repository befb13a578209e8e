package org.graphinfomax.datasets.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
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
        long start = System.nanoTime();
        NodeClassificationDataset first = Planetoid.load("cora");
        double firstMs = (System.nanoTime() - start) / 1e6;
        long uptimeMs = ManagementFactory.getRuntimeMXBean().getUptime();
        System.out.printf(Locale.ROOT, "first load of bundled Cora: %.1f ms; JVM uptime when it was done: %d ms (%s)%n",
                firstMs, uptimeMs, first);

        Path data = dataDir();
        Path planetoid = data.resolve("planetoid");
        List<Case> cases = List.of(
                new Case("Cora (bundled)", () -> Planetoid.load("cora").toString()),
                new Case("Cora (folder)", () -> Planetoid.load(planetoid, "cora").toString()),
                new Case("Citeseer (folder)", () -> Planetoid.load(planetoid, "citeseer").toString()),
                new Case("NCI1 (folder)", () -> summary(TUDataset.load(data.resolve("tu/NCI1"), "NCI1"))),
                new Case("PROTEINS (folder)", () -> summary(TUDataset.load(data.resolve("tu/PROTEINS"), "PROTEINS"))));

        System.out.printf(Locale.ROOT, "%n%-18s %10s %10s %10s  %s%n", "dataset", "cold ms", "median ms", "min ms",
                "result");
        for (Case c : cases) {
            long t0 = System.nanoTime();
            String result = c.load().run();
            double cold = (System.nanoTime() - t0) / 1e6;
            double[] times = new double[repeats];
            for (int r = 0; r < repeats; r++) {
                long t = System.nanoTime();
                c.load().run();
                times[r] = (System.nanoTime() - t) / 1e6;
            }
            Arrays.sort(times);
            System.out.printf(Locale.ROOT, "%-18s %10.1f %10.1f %10.1f  %s%n", c.name(), cold, times[repeats / 2],
                    times[0], result);
        }
        System.out.printf(Locale.ROOT, "%n%d repeated loads per dataset after the cold one; %d cores, max heap %d MB%n",
                repeats, Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
    }

    private static String summary(GraphClassificationDataset d) {
        List<String> parts = new ArrayList<>();
        parts.add(d.size() + " graphs");
        parts.add(d.totalNodes() + " nodes");
        parts.add(d.numFeatures() + " features");
        return d.name() + ": " + String.join(", ", parts);
    }

    private static Path dataDir() {
        String env = System.getenv("GRAPHINFOMAX_DATA_DIR");
        if (env != null && !env.isBlank()) {
            return Paths.get(env);
        }
        return Paths.get(System.getProperty("graphinfomax.data.dir", "../shared/data"));
    }
}
