package org.graphinfomax.infomax.infograph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.graphinfomax.datasets.GraphClassificationDataset;
import org.graphinfomax.datasets.TUDataset;
import org.graphinfomax.datasets.TUOptions;

/**
 * Loads the TU benchmarks as the reference code sees them: PyTorch Geometric's {@code TUDataset}
 * with its defaults, i.e. one-hot node labels without the continuous node attributes (this matters
 * for PROTEINS), and a constant feature for datasets without node labels (IMDB-BINARY, IMDB-MULTI).
 * The data folder is {@code GRAPHINFOMAX_DATA_DIR}, else the system property
 * {@code graphinfomax.data.dir}, else {@code ../shared/data}.
 */
final class BenchData {

    private BenchData() {
    }

    static GraphClassificationDataset load(String name) throws IOException {
        Path dir = dataDir().resolve("tu");
        if (!Files.isDirectory(dir.resolve(name))) {
            throw new IOException("no folder " + dir.resolve(name) + " (set GRAPHINFOMAX_DATA_DIR)");
        }
        return TUDataset.load(dir, name, TUOptions.defaults().withoutNodeAttributes());
    }

    static Path dataDir() {
        String env = System.getenv("GRAPHINFOMAX_DATA_DIR");
        if (env != null && !env.isBlank()) {
            return Paths.get(env);
        }
        return Paths.get(System.getProperty("graphinfomax.data.dir", "../shared/data"));
    }

    /** Peak resident memory of this process (VmHWM) in MiB, or -1 where /proc is unavailable. */
    static double peakResidentMiB() {
        try {
            for (String line : Files.readAllLines(Paths.get("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}
