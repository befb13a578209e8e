package org.graphinfomax.examples.mi;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.graphinfomax.examples.output.Plots;
import org.graphinfomax.infomax.mi.critic.MiTrajectory;
import org.graphinfomax.infomax.mi.staircase.StaircaseEstimator;

/**
 * The per-step estimates of one critic type's staircase (the content of {@code staircase-<critic>.csv}) and
 * their plot: the moving average of every estimator against the true staircase, on the y range
 * [-1, highest level + 1] of Poole et al.'s Figure 2, so that an estimator that diverges does not squash the
 * others.
 *
 * @param critic     the critic label, for the title
 * @param truth      the true MI of every step
 * @param estimators the estimators, one per series
 * @param estimates  the estimates of every estimator, each as long as truth
 */
record StaircaseCsv(String critic, double[] truth, List<StaircaseEstimator> estimators, List<double[]> estimates) {

    /**
     * Reads a file written by {@code StaircaseReport.writeSteps}: header {@code step,true_mi,<estimator>...}.
     *
     * @param csv the file, named {@code staircase-<critic>.csv}
     * @return its content
     * @throws IOException              if it cannot be read
     * @throws IllegalArgumentException naming the file and line of a malformed row or an unknown estimator
     */
    static StaircaseCsv read(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv);
        if (lines.isEmpty() || !lines.get(0).startsWith("step,true_mi,")) {
            throw new IllegalArgumentException(csv + ": line 1 must be the header step,true_mi,<estimators>");
        }
        String[] header = lines.get(0).split(",");
        List<StaircaseEstimator> estimators = new ArrayList<>();
        for (int c = 2; c < header.length; c++) {
            estimators.add(StaircaseEstimator.byName(header[c].trim()));
        }
        int steps = lines.size() - 1;
        double[] truth = new double[steps];
        List<double[]> estimates = new ArrayList<>();
        for (int c = 2; c < header.length; c++) {
            estimates.add(new double[steps]);
        }
        for (int row = 0; row < steps; row++) {
            String[] cells = lines.get(row + 1).split(",");
            if (cells.length != header.length) {
                throw new IllegalArgumentException(csv + ": line " + (row + 2) + " has " + cells.length
                        + " fields, the header " + header.length);
            }
            try {
                truth[row] = Double.parseDouble(cells[1]);
                for (int c = 2; c < cells.length; c++) {
                    estimates.get(c - 2)[row] = Double.parseDouble(cells[c]);
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(csv + ": line " + (row + 2) + " holds a non-number: "
                        + e.getMessage(), e);
            }
        }
        String name = csv.getFileName().toString().replaceFirst("^staircase-", "").replaceFirst("\\.csv$", "");
        return new StaircaseCsv(name, truth, estimators, estimates);
    }

    /**
     * @param png       the PNG file to write
     * @param smoothing moving-average window of the plotted estimates, at least 1
     * @throws IOException if the file cannot be written
     */
    void plot(Path png, int smoothing) throws IOException {
        double[] steps = new double[truth.length];
        double highest = 0;
        for (int i = 0; i < steps.length; i++) {
            steps[i] = i + 1;
            highest = Math.max(highest, truth[i]);
        }
        List<Plots.Line> lines = new ArrayList<>();
        lines.add(Plots.Line.reference("true MI", truth));
        for (int e = 0; e < estimators.size(); e++) {
            double[] values = estimates.get(e);
            lines.add(Plots.Line.of(estimators.get(e).label(),
                    new MiTrajectory(0, values, new double[values.length], 0).movingAverage(smoothing)));
        }
        String title = String.format(Locale.ROOT, "Staircase, %s critic (moving average of %d steps)", critic,
                smoothing);
        Plots.lineChart(png, title, "training step", "MI estimate (nats)", steps, lines, -1, highest + 1);
    }
}
