package org.graphinfomax.infomax.training;

/**
 * Receives progress while a model trains, for progress bars, logging or plots. Calls come from
 * the training thread; a listener must be quick.
 */
public interface TrainingListener {

    /** Training starts; at most {@code maxEpochs} epochs will run. */
    default void onStart(int maxEpochs) {
    }

    /** An epoch has finished. */
    void onEpoch(EpochStats stats);

    /** Training has ended (normally, by early stopping, or because the loss became NaN). */
    default void onFinish(TrainingHistory history) {
    }

    /** A listener that ignores everything. */
    static TrainingListener none() {
        return stats -> { };
    }
}
