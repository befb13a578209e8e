package org.graphinfomax.examples.mi;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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

    /** Plotted values below this many nats are drawn at it. */
    private static final double CLIP_BELOW = -2;
    /** Plotted values more than this many nats above the highest level are drawn there. */
    private static final double CLIP_ABOVE_TRUTH = 4;

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

    /**
     * The estimates of every estimator with one critic type (moving averages) against the true MI.
     * High-variance estimators (NWJ, and JS reported through NWJ) can swing far below the truth for
     * a few steps; so that such a swing does not flatten the staircase, values are drawn clipped to
     * [-2, highest level + 4] nats (the title says so when it happens; the CSV keeps every value).
     * The x axis counts the steps done, from 0; in thousands for runs longer than 1000 steps.
     */
    public static void plot(Path file, StaircaseResult result, CriticType critic, int smoothing) throws IOException {
        double[] truth = result.trueMutualInformation();
        boolean thousands = truth.length > 1000;
        double[] steps = new double[truth.length];
        for (int i = 0; i < steps.length; i++) {
            steps[i] = thousands ? i / 1000.0 : i;
        }
        double low = CLIP_BELOW;
        double high = Arrays.stream(truth).max().orElse(0) + CLIP_ABOVE_TRUTH;
        List<Plots.Line> lines = new ArrayList<>();
        lines.add(Plots.Line.reference("true MI", truth));
        int clipped = 0;
        for (StaircaseRun run : result.runs(critic)) {
            double[] y = run.staircase().movingAverage(smoothing);
            for (int i = 0; i < y.length; i++) {
                if (y[i] < low || y[i] > high) {
                    y[i] = Math.max(low, Math.min(high, y[i]));
                    clipped++;
                }
            }
            lines.add(Plots.Line.of(run.estimator().label(), y));
        }
        String title = String.format(Locale.ROOT, "Staircase, %s critic, batch %d (moving average of %d steps%s)",
                critic.label(), result.config().batchSize(), smoothing,
                clipped > 0 ? String.format(Locale.ROOT, ", drawn within [%.0f, %.0f]", low, high) : "");
        Plots.lineChart(file, title, thousands ? "training steps done (thousands)" : "training steps done", "MI estimate (nats)",
                steps, lines);
    }
}
