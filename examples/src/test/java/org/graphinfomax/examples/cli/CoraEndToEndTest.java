package org.graphinfomax.examples.cli;

import static org.graphinfomax.examples.cli.OutputAssertions.assertRealPng;
import static org.graphinfomax.examples.cli.OutputAssertions.csvIds;
import static org.graphinfomax.examples.cli.OutputAssertions.npyShape;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The README's first command, in-process: DGI with the paper's settings on bundled Cora reaches at
 * least 80% under the linear probe and writes every output; {@code embed} with the saved model
 * reproduces the embeddings. (About a minute: the one full training run of this module's tests.)
 */
class CoraEndToEndTest {

    @TempDir
    Path dir;

    @Test
    void dgiOnBundledCoraReachesThePapersAccuracyAndWritesEverything() throws IOException {
        Path out = dir.resolve("runs/cora");
        CliRun run = CliRun.of("dgi", "--dataset", "cora", "--out", out.toString());
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().startsWith("cora (bundled): 2708 nodes, 5278 undirected edges, 1433 features "
                + "(row-normalised), 7 classes, split 140/500/1000 train/val/test"), run.out());
        assertTrue(run.out().contains("DGI epoch    1  loss 0.69"), run.out());
        assertTrue(run.out().contains("(early stopping)"), run.out());
        assertTrue(run.out().contains("Linear probe (logistic regression on the 140 training nodes): test accuracy "),
                run.out());

        JsonObject summary = OutputAssertions.summary(out);
        JsonObject probe = summary.getAsJsonObject("metrics").getAsJsonObject("linearProbe");
        double accuracy = probe.get("mean").getAsDouble();
        assertTrue(accuracy >= 0.80, "linear probe accuracy " + accuracy + "\n" + run.out());
        assertEquals(50, probe.getAsJsonArray("runs").size());
        assertEquals(512, summary.getAsJsonObject("config").getAsJsonArray("hiddenSizes").get(0).getAsInt());
        assertEquals(0.001, summary.getAsJsonObject("config").get("learningRate").getAsDouble());
        assertEquals(20, summary.getAsJsonObject("config").get("patience").getAsInt());
        assertEquals("EARLY_STOPPING", summary.getAsJsonObject("training").get("stopReason").getAsString());
        assertTrue(summary.getAsJsonObject("data").get("rowNormalizedFeatures").getAsBoolean());

        List<String> ids = IntStream.range(0, 2708).mapToObj(Integer::toString).toList();
        assertEquals(ids, csvIds(out.resolve("embeddings.csv"), 512));
        assertArrayEquals(new long[] {2708, 512}, npyShape(out.resolve("embeddings.npy")));
        assertRealPng(out.resolve("loss.png"));
        assertRealPng(out.resolve("embeddings-pca.png"));

        Path again = dir.resolve("runs/embed");
        CliRun embed = CliRun.of("embed", "--model", out.resolve("model.dgi").toString(), "--dataset", "cora",
                "--out", again.toString());
        assertEquals(0, embed.exitCode(), embed.toString());
        INDArray trained = Nd4j.createFromNpyFile(out.resolve("embeddings.npy").toFile());
        INDArray reloaded = Nd4j.createFromNpyFile(again.resolve("embeddings.npy").toFile());
        assertTrue(trained.equalsWithEps(reloaded, 1e-5), "the saved model gives other embeddings");
    }
}
