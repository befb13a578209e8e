package org.graphinfomax.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input gets one line on standard error that names the problem, no stack trace unless
 * {@code --verbose}, and a non-zero exit code.
 */
class ErrorMessagesTest {

    @TempDir
    Path dir;

    /** Runs and checks the common shape of a failure: the code, one line, no stack trace. */
    private CliRun fails(int exitCode, String... args) {
        CliRun run = CliRun.of(args);
        assertEquals(exitCode, run.exitCode(), run.toString());
        assertEquals(1, run.errLines().length, "one line expected:\n" + run.err());
        assertTrue(run.errLines()[0].startsWith("error: "), run.err());
        assertFalse(run.err().contains("\tat "), "no stack trace without --verbose:\n" + run.err());
        return run;
    }

    private String out() {
        return dir.resolve("out").toString();
    }

    @Test
    void unknownDatasetListsTheKnownOnes() {
        CliRun run = fails(ExitCodes.USAGE, "dgi", "--dataset", "corra", "--out", out());
        assertTrue(run.err().contains("unknown dataset 'corra'"), run.err());
        assertTrue(run.err().contains("cora (bundled), citeseer, pubmed"), run.err());
    }

    @Test
    void missingFilesAreNamed() {
        Path missing = dir.resolve("no-such-edges.csv");
        CliRun run = fails(ExitCodes.INPUT, "dgi", "--edges", missing.toString(), "--out", out());
        assertTrue(run.err().contains("file not found: " + missing), run.err());

        CliRun model = fails(ExitCodes.INPUT, "embed", "--model", dir.resolve("model.dgi").toString(),
                "--dataset", "cora", "--out", out());
        assertTrue(model.err().contains("model.dgi"), model.err());

        CliRun dataDir = fails(ExitCodes.INPUT, "dgi", "--dataset", "citeseer", "--data-dir",
                dir.resolve("nowhere").toString(), "--out", out());
        assertTrue(dataDir.err().contains("nowhere: directory not found"), dataDir.err());
    }

    @Test
    void badCsvNamesTheFileAndLine() throws IOException {
        Path[] files = SmallCsvGraph.write(dir, "n", 1);
        String good = Files.readString(files[1]);
        var lines = new java.util.ArrayList<>(Files.readAllLines(files[1]));
        lines.set(3, lines.get(3).replaceFirst(",[0-9.]+,", ",abc,"));
        Files.write(files[1], lines);
        CliRun run = fails(ExitCodes.INPUT, "dgi", "--edges", files[0].toString(), "--nodes", files[1].toString(),
                "--out", out());
        assertTrue(run.err().contains(files[1] + ", line 4: feature 'f0' 'abc' is not a number"), run.err());

        Files.writeString(files[1], good);
        Path edges = dir.resolve("edges2.csv");
        Files.writeString(edges, "n-red-00,n-red-01\nn-red-01,zz\n");
        CliRun unknown = fails(ExitCodes.INPUT, "dgi", "--edges", edges.toString(), "--nodes", files[1].toString(),
                "--out", out());
        assertTrue(unknown.err().contains(edges + ", line 2: unknown node id 'zz'"), unknown.err());
    }

    @Test
    void graphWithoutFeaturesSaysWhatToDo() throws IOException {
        Path edges = dir.resolve("edges.csv");
        Files.writeString(edges, "a,b\nb,c\n");
        CliRun run = fails(ExitCodes.INPUT, "dgi", "--edges", edges.toString(), "--out", out());
        assertTrue(run.err().contains("no node features"), run.err());
        assertTrue(run.err().contains("--identity-features"), run.err());
    }

    @Test
    void commandLineMistakesAreOneLine() {
        CliRun typo = fails(ExitCodes.USAGE, "dgi", "--dataset", "cora", "--hiden", "16", "--out", out());
        assertTrue(typo.err().contains("--hiden"), typo.err());
        assertTrue(typo.err().contains("did you mean --hidden"), typo.err());

        fails(ExitCodes.USAGE, "dgi", "--dataset", "cora");
        CliRun noInput = fails(ExitCodes.USAGE, "dgi", "--out", out());
        assertTrue(noInput.err().contains("give --dataset NAME"), noInput.err());
        CliRun threads = fails(ExitCodes.USAGE, "dgi", "--dataset", "cora", "--threads", "0", "--out", out());
        assertTrue(threads.err().contains("--threads must be at least 1"), threads.err());
        CliRun lr = fails(ExitCodes.USAGE, "dgi", "--dataset", "cora", "--lr", "-1", "--out", out());
        assertTrue(lr.err().contains("learning rate must be positive"), lr.err());
        CliRun both = fails(ExitCodes.USAGE, "dgi", "--dataset", "cora", "--edges", "e.csv", "--out", out());
        assertTrue(both.err().contains("not both"), both.err());
        CliRun none = fails(ExitCodes.USAGE);
        assertTrue(none.err().contains("missing command"), none.err());
    }

    @Test
    void verboseAddsTheStackTrace() {
        CliRun run = CliRun.of("dgi", "--edges", dir.resolve("missing.csv").toString(), "--out", out(), "--verbose");
        assertEquals(ExitCodes.INPUT, run.exitCode());
        assertTrue(run.err().startsWith("error: file not found"), run.err());
        assertTrue(run.err().contains("\tat "), run.err());
    }

    @Test
    void modelAndDataThatDoNotFitAreRefused() throws IOException {
        Path[] files = SmallCsvGraph.write(dir.resolve("g"), "n", 2);
        Path run = dir.resolve("run");
        CliRun trained = CliRun.of("dgi", "--edges", files[0].toString(), "--nodes", files[1].toString(), "--out",
                run.toString(), "--hidden", "8", "--max-epochs", "2", "--progress", "none");
        assertEquals(0, trained.exitCode(), trained.toString());
        CliRun mismatch = fails(ExitCodes.INPUT, "embed", "--model", run.resolve("model.dgi").toString(),
                "--dataset", "cora", "--out", out());
        assertTrue(mismatch.err().contains("takes 6 features per node, but cora (bundled) has 1433"), mismatch.err());

        Path notAModel = dir.resolve("not-a-model.dgi");
        Files.writeString(notAModel, "hello");
        CliRun damaged = fails(ExitCodes.INPUT, "embed", "--model", notAModel.toString(), "--dataset", "cora",
                "--out", out());
        assertTrue(damaged.err().contains("not-a-model.dgi"), damaged.err());
    }

    @Test
    void warnsBeforeADenseFeatureTableWouldExceedTheMemory() throws IOException {
        Path[] files = SmallCsvGraph.write(dir, "n", 5);
        CliRun run = CliRun.of("dgi", "--edges", files[0].toString(), "--nodes", files[1].toString(), "--out", out(),
                "--hidden", "8", "--max-epochs", "2", "--progress", "none", "--assume-memory-limit", "2000");
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.err().contains("warning: " + files[1] + ": 60 nodes x 6 feature columns are 1.4 KB as floats"),
                run.err());
        assertTrue(run.err().contains("java -Xmx"), run.err());
    }

    @Test
    void unknownTuDatasetListsTheKnownOnes() {
        CliRun run = fails(ExitCodes.USAGE, "infograph", "--dataset", "MUTAGG", "--out", out());
        assertTrue(run.err().contains("unknown dataset 'MUTAGG'; known: MUTAG (bundled), ENZYMES"), run.err());
        assertTrue(run.err().contains("PTC_MR"), run.err());
        assertTrue(run.err().contains("--data DIR|ZIP"), run.err());
        CliRun none = fails(ExitCodes.USAGE, "infograph", "--out", out());
        assertTrue(none.err().contains("give --dataset NAME"), none.err());
    }

    @Test
    void missingOrIncompleteTuFilesAreNamed() throws IOException {
        Path missing = dir.resolve("nowhere.zip");
        CliRun run = fails(ExitCodes.INPUT, "infograph", "--data", missing.toString(), "--out", out());
        assertTrue(run.err().contains(missing + ": no such folder or zip"), run.err());
        Path empty = Files.createDirectories(dir.resolve("EMPTY"));
        CliRun incomplete = fails(ExitCodes.INPUT, "infograph", "--data", empty.toString(), "--out", out());
        assertTrue(incomplete.err().contains("EMPTY_A.txt"), incomplete.err());
    }

    @Test
    void infoGraphModelsTakeGraphsWithTheirFeatureCount() throws IOException {
        Path run = dir.resolve("run");
        CliRun trained = CliRun.of("infograph", "--dataset", "MUTAG", "--epochs", "1", "--hidden", "4", "--layers", "1",
                "--no-eval", "--progress", "none", "--out", run.toString());
        assertEquals(0, trained.exitCode(), trained.toString());
        String model = run.resolve(InfoGraphCommand.MODEL_FILE).toString();
        Path ptc = TestData.dir().resolve("tu/PTC_MR");
        CliRun mismatch = fails(ExitCodes.INPUT, "embed", "--model", model, "--data", ptc.toString(), "--out", out());
        assertTrue(mismatch.err().contains("takes 7 features per node, but PTC_MR from " + ptc + " has 18"),
                mismatch.err());
        CliRun nodes = fails(ExitCodes.USAGE, "embed", "--model", model, "--edges", "e.csv", "--out", out());
        assertTrue(nodes.err().contains("is an InfoGraph model: give --dataset NAME or --data DIR|ZIP"), nodes.err());
    }

    @Test
    void badStaircaseSettingsAreOneLine() {
        CliRun estimator = fails(ExitCodes.USAGE, "mi", "--estimators", "InfoNCE,foo", "--out", out());
        assertTrue(estimator.err().contains("unknown staircase estimator 'foo'"), estimator.err());
        CliRun batch = fails(ExitCodes.USAGE, "mi", "--batch", "1", "--out", out());
        assertTrue(batch.err().contains("batch size must be at least 2, got 1"), batch.err());
    }
}
