package org.graphinfomax.infomax.training;

import java.util.Arrays;
import java.util.List;

/**
 * The record of a training run: every epoch's loss and time, the epoch whose weights were kept,
 * and why training stopped.
 *
 * @param epochs the epochs in order
 * @param bestEpoch 1-based epoch whose weights the model holds after training
 * @param stopReason why training ended
 */
public record TrainingHistory(List<EpochStats> epochs, int bestEpoch, StopReason stopReason) {

    /** Why a training run ended. */
    public enum StopReason {
        /** The configured maximum number of epochs ran. */
        MAX_EPOCHS,
        /** The loss did not improve for {@code patience} epochs. */
        EARLY_STOPPING
    }

    /** Copies the list. */
    public TrainingHistory {
        epochs = List.copyOf(epochs);
    }

    /** Number of epochs that ran. */
    public int epochCount() {
        return epochs.size();
    }

    /** The loss of every epoch. */
    public double[] losses() {
        return epochs.stream().mapToDouble(EpochStats::loss).toArray();
    }

    /** The loss of the kept epoch. */
    public double bestLoss() {
        return epochs.get(bestEpoch - 1).loss();
    }

    /** Total training time in seconds. */
    public double totalSeconds() {
        return epochs.stream().mapToDouble(EpochStats::seconds).sum();
    }

    /** Median time of an epoch in seconds (the first epoch, with JIT warm-up, included). */
    public double medianEpochSeconds() {
        double[] s = epochs.stream().mapToDouble(EpochStats::seconds).sorted().toArray();
        if (s.length == 0) {
            return 0;
        }
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    @Override
    public String toString() {
        return "TrainingHistory[" + epochCount() + " epochs, best " + bestEpoch + " (loss " + bestLoss() + "), "
                + stopReason + ", losses " + Arrays.toString(Arrays.copyOf(losses(), Math.min(5, epochCount()))) + "...]";
    }
}
