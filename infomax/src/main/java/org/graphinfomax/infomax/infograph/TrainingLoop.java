package org.graphinfomax.infomax.infograph;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import org.graphinfomax.infomax.training.EpochStats;
import org.graphinfomax.infomax.training.TrainingHistory;
import org.graphinfomax.infomax.training.TrainingListener;

/**
 * The epoch loop of the graph-level models: a fixed number of epochs (the evaluation protocol
 * fixes the epoch count in advance, so there is no early stopping), each timed and reported to the
 * listeners; a loss that is not finite stops training with an error.
 */
final class TrainingLoop {

    private TrainingLoop() {
    }

    /**
     * @param model the model's name for messages
     * @param epochs number of epochs
     * @param epoch runs epoch {@code e} (1-based) and returns its mean loss
     * @param listeners receive the progress
     * @throws IllegalStateException if an epoch's loss is NaN or infinite
     */
    static TrainingHistory run(String model, int epochs, IntToDoubleFunction epoch, TrainingListener... listeners) {
        for (TrainingListener l : listeners) {
            l.onStart(epochs);
        }
        List<EpochStats> stats = new ArrayList<>(epochs);
        for (int e = 1; e <= epochs; e++) {
            long start = System.nanoTime();
            double loss = epoch.applyAsDouble(e);
            EpochStats s = new EpochStats(e, loss, (System.nanoTime() - start) / 1e9);
            if (!Double.isFinite(loss)) {
                throw new IllegalStateException(model + " diverged: the loss of epoch " + e + " is " + loss
                        + "; try a smaller learning rate");
            }
            stats.add(s);
            for (TrainingListener l : listeners) {
                l.onEpoch(s);
            }
        }
        TrainingHistory history = new TrainingHistory(stats, epochs, TrainingHistory.StopReason.MAX_EPOCHS);
        for (TrainingListener l : listeners) {
            l.onFinish(history);
        }
        return history;
    }
}
