package org.graphinfomax.examples.mi;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.graphinfomax.examples.output.OutputDirectory;
import org.graphinfomax.examples.output.Plots;
import org.graphinfomax.infomax.mi.staircase.CriticType;
import org.graphinfomax.infomax.mi.staircase.StaircaseReport;
import org.graphinfomax.infomax.mi.staircase.StaircaseResult;
import org.graphinfomax.infomax.mi.staircase.StaircaseRun;

/**
 * The files of a staircase run: {@code staircase-summary.csv} (level means and timings), and for
 * each critic type {@code staircase-<critic>.csv} (every step's estimate of every estimator, with
 * the true MI) and {@code staircase-<critic>.png} (the estimates, as moving averages, against the
 * true staircase).
 */
public final class StaircaseFiles {

    private StaircaseFiles() {
    }

    /**
     * Writes the files.
     *
     * @param smoothing moving-average window of the plotted estimates, in steps
     * @return the files written
     */
    public static List<Path> write(OutputDirectory dir, StaircaseResult result, int smoothing) throws IOException {
        List<Path> written = new ArrayList<>();
        Path summary = dir.file("staircase-summary.csv");
        StaircaseReport.writeSummary(summary, result);
        written.add(summary);
        for (CriticType critic : result.config().critics()) {
            Path steps = dir.file("staircase-" + critic.label() + ".csv");
            StaircaseReport.writeSteps(steps, result, critic);
            written.add(steps);
            Path png = dir.file("staircase-" + critic.label() + ".png");
            plot(png, result, critic, smoothing);
            written.add(png);
        }
        return written;
    }

    /** The estimates of every estimator with one critic type (moving averages) against the true MI. */
    public static void plot(Path file, StaircaseResult result, CriticType critic, int smoothing) throws IOException {
        double[] truth = result.trueMutualInformation();
        double[] steps = new double[truth.length];
        for (int i = 0; i < steps.length; i++) {
            steps[i] = i + 1;
        }
        List<Plots.Line> lines = new ArrayList<>();
        lines.add(Plots.Line.reference("true MI", truth));
        for (StaircaseRun run : result.runs(critic)) {
            lines.add(Plots.Line.of(run.estimator().label(), run.staircase().movingAverage(smoothing)));
        }
        String title = String.format(Locale.ROOT, "Staircase, %s critic, batch %d (moving average of %d steps)",
                critic.label(), result.config().batchSize(), smoothing);
        Plots.lineChart(file, title, "training step", "MI estimate (nats)", steps, lines);
    }
}
