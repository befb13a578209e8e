package org.graphinfomax.examples.cli;

import static org.graphinfomax.examples.cli.OutputAssertions.assertRealPng;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mi}: a short staircase with two estimators, its table, files and summary. */
class MiCommandTest {

    @TempDir
    Path dir;

    @Test
    void shortStaircasePrintsTheTableAndWritesCsvPlotAndSummary() throws IOException {
        Path out = dir.resolve("mi");
        CliRun run = CliRun.of("mi", "--levels", "2,4", "--steps-per-level", "60", "--independent-steps", "40",
                "--estimators", "InfoNCE,JS", "--batch", "32", "--smoothing", "5", "--seed", "3", "--threads", "1",
                "--out", out.toString());
        assertEquals(0, run.exitCode(), run.toString());
        assertTrue(run.out().contains("batch 32"), run.out());
        assertTrue(run.out().contains("mi: run 1/2, separable critic, InfoNCE: "), run.out());
        assertTrue(run.out().contains("mi: run 2/2, separable critic, JS: "), run.out());
        assertTrue(run.out().contains("separable     InfoNCE"), run.out());
        assertTrue(run.out().contains("separable InfoNCE at 2 nats within 0.5"), run.out());

        List<String> steps = Files.readAllLines(out.resolve("staircase-separable.csv"));
        assertEquals("step,true_mi,infonce,js", steps.get(0));
        assertEquals(1 + 120, steps.size());
        assertTrue(steps.get(120).startsWith("120,4,"), steps.get(120));
        assertEquals(1 + 2 * 3, Files.readAllLines(out.resolve("staircase-summary.csv")).size());
        assertRealPng(out.resolve("staircase-separable.png"));

        JsonObject summary = OutputAssertions.summary(out);
        assertEquals("mi", summary.get("command").getAsString());
        assertEquals(3, summary.get("seed").getAsLong());
        JsonArray runs = summary.getAsJsonArray("runs");
        assertEquals(2, runs.size());
        JsonObject infoNce = runs.get(0).getAsJsonObject();
        assertEquals("InfoNCE", infoNce.get("estimator").getAsString());
        assertEquals(4.0, infoNce.getAsJsonArray("levels").get(1).getAsJsonObject().get("trueMi").getAsDouble());
        double estimate = infoNce.getAsJsonArray("levels").get(0).getAsJsonObject().get("meanEstimate").getAsDouble();
        assertTrue(estimate > -1 && estimate < Math.log(32) + 1e-6, "InfoNCE is at most log K: " + estimate);
        assertTrue(summary.getAsJsonArray("checks").size() >= 2);
    }
}
