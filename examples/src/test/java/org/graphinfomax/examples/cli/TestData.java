package org.graphinfomax.examples.cli;

import java.nio.file.Path;

/** Where the project's benchmark data is: {@code GRAPHINFOMAX_DATA_DIR}, else the system property surefire sets. */
final class TestData {

    private TestData() {
    }

    static Path dir() {
        String dir = System.getenv("GRAPHINFOMAX_DATA_DIR");
        if (dir == null) {
            dir = System.getProperty("graphinfomax.data.dir", "../shared/data");
        }
        return Path.of(dir);
    }
}
