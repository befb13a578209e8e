package org.graphinfomax.examples.cli;

import static org.graphinfomax.examples.cli.OutputAssertions.assertRealPng;
import static org.graphinfomax.examples.cli.OutputAssertions.csvGraphRows;
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

/** {@code infograph} on the bundled MUTAG with a few epochs, and {@code embed} with the model it saves. */
class InfoGraphCommandTest {

    @TempDir
    Path dir;

    @Test
    void trainsOnMutagEvaluatesAndEmbedsWithTheSavedModel() throws IOException {
        Path out = dir.resolve("mutag");
        CliRun run = CliRun.of("infograph", "--dataset", "mutag", "--epochs", "3", "--hidden", "16", "--layers", "3",
                "--svm-repeats", "1", "--threads", "1", "--progress", "lines", "--log-every", "1", "--out",
                out.toString());
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().startsWith("MUTAG (bundled): 188 graphs (17.9 nodes, 19.8 edges on average), 7 node "
                + "features"), run.out());
        assertTrue(run.out().contains("2 classes of 63/125 graphs"), run.out());
        assertTrue(run.out().contains("InfoGraph epoch    1  loss "), run.out());
        assertTrue(run.out().contains("InfoGraph epoch    3  loss "), run.out());
        assertTrue(run.out().contains("SVM accuracy (10-fold CV x 1): embeddings "), run.out());

        List<String[]> rows = csvGraphRows(out.resolve("embeddings.csv"), 48);
        assertEquals(188, rows.size());
        assertEquals("1", rows.get(0)[0]);
        assertEquals("188", rows.get(187)[0]);
        assertEquals(63, rows.stream().filter(r -> r[1].equals("-1")).count(), "MUTAG's labels are -1 and 1");
        assertEquals(125, rows.stream().filter(r -> r[1].equals("1")).count());
        assertArrayEquals(new long[] {188, 48}, npyShape(out.resolve("embeddings.npy")));
        assertRealPng(out.resolve("loss.png"));
        assertRealPng(out.resolve("embeddings-pca.png"));
        assertTrue(Files.size(out.resolve(InfoGraphCommand.MODEL_FILE)) > 10_000);

        JsonObject summary = OutputAssertions.summary(out);
        assertEquals("infograph", summary.get("command").getAsString());
        assertEquals(188, summary.getAsJsonObject("data").get("graphs").getAsInt());
        JsonObject config = summary.getAsJsonObject("config");
        assertEquals(3, config.get("numLayers").getAsInt());
        assertEquals(16, config.get("hiddenSize").getAsInt());
        assertEquals("JSD", config.get("measure").getAsString());
        assertEquals(0.01, config.get("learningRate").getAsDouble());
        assertEquals(128, config.get("batchSize").getAsInt());
        assertEquals(3, summary.getAsJsonObject("training").getAsJsonArray("losses").size());
        JsonObject metrics = summary.getAsJsonObject("metrics");
        double learned = metrics.getAsJsonObject("svm").get("mean").getAsDouble();
        double baseline = metrics.getAsJsonObject("featureSumBaseline").get("mean").getAsDouble();
        assertTrue(learned > 0.7 && learned <= 1, "accuracy " + learned);
        assertTrue(baseline > 0.7 && baseline <= 1, "baseline " + baseline);

        // The model file says it is an InfoGraph model: embed reads the TU files from a folder and
        // reproduces the training run's embeddings.
        Path again = dir.resolve("again");
        CliRun embed = CliRun.of("embed", "--model", out.resolve(InfoGraphCommand.MODEL_FILE).toString(), "--data",
                TestData.dir().resolve("tu/MUTAG").toString(), "--out", again.toString());
        assertEquals(0, embed.exitCode(), embed.toString());
        assertTrue(embed.out().contains("Embedded 188 graphs into 48 dimensions"), embed.out());
        assertEquals(188, csvGraphRows(again.resolve("embeddings.csv"), 48).size());
        assertRealPng(again.resolve("embeddings-pca.png"));
        JsonObject embedSummary = OutputAssertions.summary(again);
        assertEquals("InfoGraph", embedSummary.get("modelType").getAsString());
        INDArray first = Nd4j.createFromNpyFile(out.resolve("embeddings.npy").toFile());
        INDArray second = Nd4j.createFromNpyFile(again.resolve("embeddings.npy").toFile());
        assertTrue(first.equalsWithEps(second, 1e-4), "embed differs from infograph's embeddings");
    }

    @Test
    void noEvalSkipsTheSvm() throws IOException {
        Path out = dir.resolve("quick");
        CliRun run = CliRun.of("infograph", "--dataset", "MUTAG", "--epochs", "1", "--hidden", "8", "--layers", "2",
                "--no-eval", "--progress", "none", "--seed", "7", "--out", out.toString());
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().contains("SVM evaluation skipped"), run.out());
        JsonObject summary = OutputAssertions.summary(out);
        assertEquals(7, summary.get("seed").getAsLong());
        assertTrue(summary.getAsJsonObject("metrics").entrySet().isEmpty());
        assertArrayEquals(new long[] {188, 16}, npyShape(out.resolve("embeddings.npy")));
    }
}
