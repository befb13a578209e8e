package org.graphinfomax.datasets;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * The project's benchmark data folder: system property {@code graphinfomax.data.dir} (set by
 * surefire), overridden by the environment variable {@code GRAPHINFOMAX_DATA_DIR}. A missing
 * folder or file fails the test.
 */
final class TestData {

    private TestData() {
    }

    static Path dataDir() {
        String env = System.getenv("GRAPHINFOMAX_DATA_DIR");
        String dir = env != null && !env.isBlank() ? env : System.getProperty("graphinfomax.data.dir");
        if (dir == null || dir.isBlank()) {
            fail("neither GRAPHINFOMAX_DATA_DIR nor the system property graphinfomax.data.dir names the data folder");
        }
        Path path = Paths.get(dir);
        if (!Files.isDirectory(path)) {
            fail("data folder " + path + " does not exist");
        }
        return path;
    }

    /** The folder of the Planetoid files. */
    static Path planetoid() {
        return existing(dataDir().resolve("planetoid"));
    }

    /** The folder of one TU dataset. */
    static Path tu(String name) {
        return existing(dataDir().resolve("tu").resolve(name));
    }

    /** A data file that must exist. */
    static Path file(Path path) {
        if (!Files.isRegularFile(path)) {
            fail("data file " + path + " is missing");
        }
        return path;
    }

    private static Path existing(Path dir) {
        if (!Files.isDirectory(dir)) {
            fail("data folder " + dir + " is missing");
        }
        return dir;
    }
}
