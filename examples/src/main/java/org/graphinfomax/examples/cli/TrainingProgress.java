package org.graphinfomax.examples.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.graphinfomax.infomax.training.EpochStats;
import org.graphinfomax.infomax.training.TrainingHistory;
import org.graphinfomax.infomax.training.TrainingListener;

/**
 * Shows training progress: a progress bar (me.tongfei:progressbar) with epoch, loss and time per
 * epoch when the output is a terminal, or plain log lines otherwise (CI logs, files, tests), where
 * a bar's carriage returns would only make a mess.
 */
public final class TrainingProgress implements TrainingListener {

    /** How progress is shown. */
    public enum Mode {
        /** A bar when the process runs on a terminal, lines otherwise. */
        AUTO,
        /** Always a bar (on standard error). */
        BAR,
        /** Log lines on the command's output. */
        LINES,
        /** Nothing. */
        NONE
    }

    private final Mode mode;
    private final String task;
    private final boolean knownLength;
    private final PrintWriter lines;
    private final PrintStream barStream;
    private final int every;
    private ProgressBar bar;
    private EpochStats last;
    private boolean lastPrinted;

    /**
     * @param mode the requested display ({@link Mode#AUTO} is resolved here)
     * @param task a short name shown in front of the bar or lines, e.g. "DGI"
     * @param knownLength whether training runs its maximum number of epochs (a bar with an end),
     *     rather than stopping early at an unknown epoch
     * @param lines where log lines go
     * @param barStream where the bar is drawn
     * @param every with lines, print every {@code every}-th epoch (and the first and last)
     */
    public TrainingProgress(Mode mode, String task, boolean knownLength, PrintWriter lines, PrintStream barStream,
            int every) {
        if (every < 1) {
            throw CliException.usage("--log-every must be at least 1, got " + every);
        }
        this.mode = mode == Mode.AUTO ? (System.console() != null ? Mode.BAR : Mode.LINES) : mode;
        this.task = task;
        this.knownLength = knownLength;
        this.lines = lines;
        this.barStream = barStream;
        this.every = every;
    }

    /** The display actually used ({@link Mode#AUTO} resolved). */
    public Mode mode() {
        return mode;
    }

    @Override
    public void onStart(int maxEpochs) {
        if (mode == Mode.BAR) {
            bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(knownLength ? maxEpochs : -1)
                    .setStyle(ProgressBarStyle.COLORFUL_UNICODE_BLOCK).setUnit(" epochs", 1)
                    .setUpdateIntervalMillis(200).setMaxRenderedLength(110)
                    .setConsumer(new ConsoleProgressBarConsumer(barStream, 110)).build();
        } else if (mode == Mode.LINES) {
            lines.printf(Locale.ROOT, "%s: training (up to %d epochs)%n", task, maxEpochs);
            lines.flush();
        }
    }

    @Override
    public void onEpoch(EpochStats stats) {
        last = stats;
        if (mode == Mode.BAR) {
            bar.stepTo(stats.epoch());
            bar.setExtraMessage(String.format(Locale.ROOT, "loss %.4f, %.2f s/epoch", stats.loss(), stats.seconds()));
        } else if (mode == Mode.LINES) {
            lastPrinted = stats.epoch() == 1 || stats.epoch() % every == 0;
            if (lastPrinted) {
                printLine(stats);
            }
        }
    }

    @Override
    public void onFinish(TrainingHistory history) {
        if (bar != null) {
            bar.close();
            bar = null;
        }
        if (mode == Mode.LINES && last != null && !lastPrinted) {
            printLine(last);
        }
        if (mode != Mode.NONE) {
            lines.printf(Locale.ROOT, "%s: %d epochs in %.1f s (%s); kept epoch %d, loss %.4f%n", task,
                    history.epochCount(), history.totalSeconds(),
                    history.stopReason() == TrainingHistory.StopReason.EARLY_STOPPING ? "early stopping" : "last epoch",
                    history.bestEpoch(), history.bestLoss());
            lines.flush();
        }
    }

    private void printLine(EpochStats stats) {
        lines.printf(Locale.ROOT, "%s epoch %4d  loss %.4f  %.3f s/epoch%n", task, stats.epoch(), stats.loss(),
                stats.seconds());
        lines.flush();
    }
}
