package org.graphinfomax.infomax.mi.staircase;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.graphinfomax.graph.io.AtomicFiles;

/**
 * Text and CSV output of a staircase result: the table of level means (one row per critic type and
 * estimator), the per-step CSV of one critic type and the summary CSV. Files are written atomically.
 */
public final class StaircaseReport {

    private StaircaseReport() {
    }

    /**
     * @param result a result
     * @return a fixed-width table: critic, estimator, the mean of the last steps of each level, the rho = 0 mean
     *     (if run) and milliseconds per 1000 training steps
     */
    public static String table(StaircaseResult result) {
        StaircaseConfig config = result.config();
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-13s %-8s", "critic", "estimator"));
        for (double level : config.levels()) {
            out.append(String.format(Locale.ROOT, " %8s", trim(level) + " nats"));
        }
        boolean independent = config.independentSteps() > 0;
        if (independent) {
            out.append(String.format(Locale.ROOT, " %8s", "rho=0"));
        }
        out.append(String.format(Locale.ROOT, " %14s%n", "ms/1000 steps"));
        for (StaircaseRun run : result.runs()) {
            out.append(String.format(Locale.ROOT, "%-13s %-8s", run.critic().label(), run.estimator().label()));
            for (double mean : run.levelMeans()) {
                out.append(String.format(Locale.ROOT, " %8.3f", mean));
            }
            if (independent) {
                out.append(String.format(Locale.ROOT, " %8.3f", run.independentMean()));
            }
            out.append(String.format(Locale.ROOT, " %14.0f%n", run.millisPerThousandSteps()));
        }
        return out.toString();
    }

    /**
     * Writes one row per step of the staircase: step (from 1), true MI, then the estimate of every estimator
     * run with {@code critic}.
     *
     * @param file   the CSV file
     * @param result a result
     * @param critic a critic type of the result
     * @throws IOException if the file cannot be written
     */
    public static void writeSteps(Path file, StaircaseResult result, CriticType critic) throws IOException {
        List<StaircaseRun> runs = result.runs(critic);
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("the result has no run with the " + critic.label() + " critic");
        }
        double[] truth = result.trueMutualInformation();
        double[][] estimates = runs.stream().map(r -> r.staircase().estimates()).toArray(double[][]::new);
        StringBuilder csv = new StringBuilder("step,true_mi");
        runs.forEach(r -> csv.append(',').append(r.estimator().name().toLowerCase(Locale.ROOT)));
        csv.append('\n');
        for (int step = 0; step < truth.length; step++) {
            csv.append(step + 1).append(',').append(trim(truth[step]));
            for (double[] e : estimates) {
                csv.append(',').append((float) e[step]);
            }
            csv.append('\n');
        }
        AtomicFiles.writeString(file, csv.toString());
    }

    /**
     * Writes the level means: columns critic, estimator, true_mi, mean_estimate, window, ms_per_1000_steps; the
     * rho = 0 run appears as true_mi 0 with kind "independent".
     *
     * @param file   the CSV file
     * @param result a result
     * @throws IOException if the file cannot be written
     */
    public static void writeSummary(Path file, StaircaseResult result) throws IOException {
        StaircaseConfig config = result.config();
        double[] levels = config.levels();
        StringBuilder csv = new StringBuilder("critic,estimator,kind,true_mi,mean_estimate,window,ms_per_1000_steps\n");
        for (StaircaseRun run : result.runs()) {
            String timing = String.format(Locale.ROOT, "%.1f", run.millisPerThousandSteps());
            for (int i = 0; i < levels.length; i++) {
                summaryRow(csv, run, "staircase", levels[i], run.levelMean(i), config.averageWindow(), timing);
            }
            if (run.independent() != null) {
                summaryRow(csv, run, "independent", 0.0, run.independentMean(), config.averageWindow(), timing);
            }
        }
        AtomicFiles.writeString(file, csv.toString());
    }

    private static void summaryRow(StringBuilder csv, StaircaseRun run, String kind, double truth, double mean,
            int window, String timing) {
        csv.append(run.critic().label()).append(',').append(run.estimator().label()).append(',').append(kind)
                .append(',').append(trim(truth)).append(',')
                .append(String.format(Locale.ROOT, "%.4f", mean)).append(',').append(window).append(',')
                .append(timing).append('\n');
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
