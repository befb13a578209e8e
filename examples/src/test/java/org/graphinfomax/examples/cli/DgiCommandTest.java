package org.graphinfomax.examples.cli;

import static org.graphinfomax.examples.cli.OutputAssertions.assertRealPng;
import static org.graphinfomax.examples.cli.OutputAssertions.csvIds;
import static org.graphinfomax.examples.cli.OutputAssertions.npyShape;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** {@code dgi} and {@code embed} on a small user graph in CSV files with string node ids. */
class DgiCommandTest {

    @TempDir
    Path dir;

    private static final String[] SMALL_MODEL = {"--hidden", "16", "--max-epochs", "40", "--patience", "10",
        "--probe-runs", "3", "--progress", "lines", "--log-every", "1"};

    private CliRun dgi(Path edges, Path nodes, Path out, String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("dgi", "--edges", edges.toString()));
        if (nodes != null) {
            args.addAll(List.of("--nodes", nodes.toString()));
        }
        args.addAll(List.of("--out", out.toString()));
        args.addAll(List.of(SMALL_MODEL));
        args.addAll(List.of(extra));
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void trainsOnUserCsvWithStringIdsAndEmbedsAnUnseenGraph() throws IOException {
        Path[] files = SmallCsvGraph.write(dir.resolve("train"), "acct", 1);
        Path out = dir.resolve("run");
        CliRun run = dgi(files[0], files[1], out);
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().contains("60 nodes"), run.out());
        assertTrue(run.out().contains("6 features (row-normalised), 3 classes, split 15/15/30"), run.out());
        assertTrue(run.out().contains("DGI epoch    1  loss 0.69"), run.out());
        assertTrue(run.out().contains("DGI epoch    2  loss"), run.out());
        assertTrue(run.out().contains("Linear probe"), run.out());

        assertEquals(SmallCsvGraph.ids("acct"), csvIds(out.resolve("embeddings.csv"), 16));
        assertArrayEquals(new long[] {60, 16}, npyShape(out.resolve("embeddings.npy")));
        assertRealPng(out.resolve("loss.png"));
        assertRealPng(out.resolve("embeddings-pca.png"));
        assertTrue(Files.size(out.resolve(DgiCommand.MODEL_FILE)) > 1000);

        JsonObject summary = OutputAssertions.summary(out);
        assertEquals("dgi", summary.get("command").getAsString());
        assertEquals(0, summary.get("seed").getAsLong());
        assertEquals(60, summary.getAsJsonObject("data").get("nodes").getAsInt());
        assertEquals(16, summary.getAsJsonObject("config").getAsJsonArray("hiddenSizes").get(0).getAsInt());
        JsonObject training = summary.getAsJsonObject("training");
        int epochs = training.get("epochs").getAsInt();
        assertTrue(epochs >= 11 && epochs <= 40, "epochs " + epochs);
        assertEquals(epochs, training.getAsJsonArray("losses").size());
        double accuracy = summary.getAsJsonObject("metrics").getAsJsonObject("linearProbe").get("mean").getAsDouble();
        assertTrue(accuracy > 0.5, "3 classes with hinting features: accuracy " + accuracy);
        assertTrue(summary.getAsJsonObject("timingsSeconds").get("train").getAsDouble() > 0);

        // Inductive use: the saved model embeds another graph with the same feature columns.
        Path[] unseen = SmallCsvGraph.write(dir.resolve("new"), "new", 2);
        Path embedded = dir.resolve("embedded");
        CliRun embed = CliRun.of("embed", "--model", out.resolve(DgiCommand.MODEL_FILE).toString(),
                "--edges", unseen[0].toString(), "--nodes", unseen[1].toString(), "--out", embedded.toString());
        assertEquals(0, embed.exitCode(), embed.toString());
        assertEquals(SmallCsvGraph.ids("new"), csvIds(embedded.resolve("embeddings.csv"), 16));
        assertArrayEquals(new long[] {60, 16}, npyShape(embedded.resolve("embeddings.npy")));
        assertRealPng(embedded.resolve("embeddings-pca.png"));
        assertEquals("embed", OutputAssertions.summary(embedded).get("command").getAsString());

        // Applied to the training graph, embed reproduces the embeddings written by dgi.
        Path again = dir.resolve("again");
        CliRun same = CliRun.of("embed", "--model", out.resolve(DgiCommand.MODEL_FILE).toString(),
                "--edges", files[0].toString(), "--nodes", files[1].toString(), "--out", again.toString());
        assertEquals(0, same.exitCode(), same.toString());
        INDArray first = Nd4j.createFromNpyFile(out.resolve("embeddings.npy").toFile());
        INDArray second = Nd4j.createFromNpyFile(again.resolve("embeddings.npy").toFile());
        assertTrue(first.equalsWithEps(second, 1e-5), "embed differs from dgi's embeddings");
    }

    @Test
    void edgeListAloneWithIdentityFeaturesSkipsTheProbe() throws IOException {
        Path[] files = SmallCsvGraph.write(dir.resolve("in"), "n", 3);
        Path out = dir.resolve("run");
        CliRun run = dgi(files[0], null, out, "--identity-features", "--threads", "1");
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().contains("60 features (row-normalised), 0 classes, no split"), run.out());
        assertTrue(run.out().contains("the linear probe was skipped"), run.out());
        List<String> ids = csvIds(out.resolve("embeddings.csv"), 16);
        assertEquals(60, ids.size());
        assertTrue(ids.containsAll(SmallCsvGraph.ids("n")), "ids come from the edge list");
        assertRealPng(out.resolve("embeddings-pca.png"));
        assertTrue(OutputAssertions.summary(out).getAsJsonObject("metrics").entrySet().isEmpty());
    }

    @Test
    void anEarlierRunIsReplacedOnlyWithOverwrite() throws IOException {
        Path[] files = SmallCsvGraph.write(dir.resolve("in"), "n", 4);
        Path out = dir.resolve("run");
        Files.createDirectories(out);
        Files.writeString(out.resolve("embeddings.csv"), "earlier run");
        CliRun refused = dgi(files[0], files[1], out);
        assertEquals(ExitCodes.OUTPUT, refused.exitCode(), refused.toString());
        assertTrue(refused.err().contains("--overwrite"), refused.err());
        assertEquals("earlier run", Files.readString(out.resolve("embeddings.csv")));

        CliRun replaced = dgi(files[0], files[1], out, "--overwrite", "--max-epochs", "3", "--progress", "none");
        assertEquals(0, replaced.exitCode(), replaced.toString());
        assertTrue(Files.readString(out.resolve("embeddings.csv")).startsWith("id,dim_0"));
        assertEquals(3, OutputAssertions.summary(out).getAsJsonObject("training").get("epochs").getAsInt());
    }
    @Test
    void theShippedSampleRunsAsTheReadmeShows() throws IOException {
        Path sample = Path.of("sample");
        Path out = dir.resolve("mine");
        CliRun run = CliRun.of("dgi", "--edges", sample.resolve("edges.csv").toString(), "--nodes",
                sample.resolve("nodes.csv").toString(), "--hidden", "64", "--out", out.toString(), "--probe-runs", "5");
        assertEquals(0, run.exitCode(), run.toString());
        assertEquals(60, csvIds(out.resolve("embeddings.csv"), 64).size());
        assertTrue(csvIds(out.resolve("embeddings.csv"), 64).get(0).equals("acct-red-00"));
        Path embedded = dir.resolve("new");
        CliRun embed = CliRun.of("embed", "--model", out.resolve(DgiCommand.MODEL_FILE).toString(), "--edges",
                sample.resolve("new-edges.csv").toString(), "--nodes", sample.resolve("new-nodes.csv").toString(),
                "--out", embedded.toString());
        assertEquals(0, embed.exitCode(), embed.toString());
        assertEquals(SmallCsvGraph.ids("new"), csvIds(embedded.resolve("embeddings.csv"), 64));
    }
}
