package org.graphinfomax.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.graphinfomax.datasets.Planetoid;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code datasets}: what is bundled and cached, with every file's checksum verified. */
class DatasetsCommandTest {

    @TempDir
    Path cache;

    @Test
    void listsBundledAndCachedDatasetsAndVerifiesThem() throws IOException {
        Path planetoid = Files.createDirectories(cache.resolve("planetoid"));
        for (String part : Planetoid.PARTS) {
            String file = Planetoid.fileName("citeseer", part);
            Files.copy(TestData.dir().resolve("planetoid").resolve(file), planetoid.resolve(file));
        }
        Files.copy(TestData.dir().resolve("planetoid/ind.pubmed.x"), planetoid.resolve("ind.pubmed.x"));

        CliRun run = CliRun.of("datasets", "--cache-dir", cache.toString());
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().matches("(?s).*cora +planetoid +bundled, 8 files verified.*"), run.out());
        assertTrue(run.out().matches("(?s).*citeseer +planetoid +cached, 8 files verified.*"), run.out());
        assertTrue(run.out().matches("(?s).*pubmed +planetoid +partly cached \\(1 of 8 files, verified.*"), run.out());
        assertTrue(run.out().matches("(?s).*MUTAG +TU +bundled.*"), run.out());
        assertTrue(run.out().matches("(?s).*PROTEINS +TU +not cached \\(downloaded on first use\\).*"), run.out());
        assertTrue(run.out().contains("Cache: " + cache.toAbsolutePath()), run.out());
    }

    @Test
    void aDamagedCachedFileFailsVerification() throws IOException {
        Path tu = Files.createDirectories(cache.resolve("tu"));
        Files.writeString(tu.resolve("PTC_MR.zip"), "not the archive");
        CliRun run = CliRun.of("datasets", "--cache-dir", cache.toString());
        assertEquals(ExitCodes.INPUT, run.exitCode(), run.toString());
        assertTrue(run.out().matches("(?s).*PTC_MR +TU +CHECKSUM MISMATCH: .*PTC_MR.zip has SHA-256 [0-9a-f]{64}, "
                + "expected 2f935126.*"), run.out());
        assertTrue(run.err().startsWith("error: 1 dataset(s) failed verification"), run.err());
    }
}
