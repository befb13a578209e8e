package org.graphinfomax.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.graphinfomax.infomax.training.EpochStats;
import org.graphinfomax.infomax.training.TrainingHistory;
import org.junit.jupiter.api.Test;

/** Progress as a bar and as lines, and the fallback to lines when the output is not a terminal. */
class TrainingProgressTest {

    private static TrainingHistory feed(TrainingProgress progress, int epochs) {
        List<EpochStats> stats = new ArrayList<>();
        progress.onStart(100);
        for (int e = 1; e <= epochs; e++) {
            EpochStats s = new EpochStats(e, 1.0 / e, 0.01);
            stats.add(s);
            progress.onEpoch(s);
        }
        TrainingHistory history = new TrainingHistory(stats, epochs, TrainingHistory.StopReason.EARLY_STOPPING);
        progress.onFinish(history);
        return history;
    }

    @Test
    void withoutATerminalAutoPrintsLines() {
        StringWriter lines = new StringWriter();
        ByteArrayOutputStream bar = new ByteArrayOutputStream();
        TrainingProgress progress = new TrainingProgress(TrainingProgress.Mode.AUTO, "DGI", false,
                new PrintWriter(lines), new PrintStream(bar, true, StandardCharsets.UTF_8), 10);
        assertEquals(TrainingProgress.Mode.LINES, progress.mode(), "tests do not run on a terminal");
        feed(progress, 23);
        String text = lines.toString();
        assertTrue(text.contains("DGI epoch    1  loss 1.0000  0.010 s/epoch"), text);
        assertTrue(text.contains("DGI epoch   10  loss 0.1000"), text);
        assertTrue(text.contains("DGI epoch   23  loss 0.0435"), text);
        assertTrue(!text.contains("DGI epoch    2 "), text);
        assertTrue(text.contains("DGI: 23 epochs in 0.2 s (early stopping); kept epoch 23"), text);
        assertEquals(0, bar.size(), "no bar drawn");
    }

    @Test
    void aBarIsDrawnWhenAskedFor() {
        StringWriter lines = new StringWriter();
        ByteArrayOutputStream bar = new ByteArrayOutputStream();
        TrainingProgress progress = new TrainingProgress(TrainingProgress.Mode.BAR, "InfoGraph", true,
                new PrintWriter(lines), new PrintStream(bar, true, StandardCharsets.UTF_8), 10);
        feed(progress, 5);
        String drawn = bar.toString(StandardCharsets.UTF_8);
        assertTrue(drawn.contains("InfoGraph"), drawn);
        assertTrue(drawn.contains("5/100"), drawn);
        assertTrue(drawn.contains("loss 0.2000"), drawn);
        assertTrue(lines.toString().contains("InfoGraph: 5 epochs"), lines.toString());
    }

    @Test
    void noneIsSilent() {
        StringWriter lines = new StringWriter();
        feed(new TrainingProgress(TrainingProgress.Mode.NONE, "DGI", false, new PrintWriter(lines),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), 1), 3);
        assertEquals("", lines.toString());
    }
}
