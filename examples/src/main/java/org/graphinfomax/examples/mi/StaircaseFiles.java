package org.graphinfomax.examples.mi;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.graphinfomax.examples.output.OutputDirectory;
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

    /**
     * The estimates of every estimator with one critic type (moving averages) against the true MI,
     * drawn as {@link StaircaseCsv#plot} draws them (the y range of Poole et al.'s figure).
     */
    public static void plot(Path file, StaircaseResult result, CriticType critic, int smoothing) throws IOException {
        List<StaircaseRun> runs = result.runs(critic);
        new StaircaseCsv(critic.label(), result.trueMutualInformation(),
                runs.stream().map(StaircaseRun::estimator).toList(),
                runs.stream().map(r -> r.staircase().estimates()).toList()).plot(file, smoothing);
    }
}
