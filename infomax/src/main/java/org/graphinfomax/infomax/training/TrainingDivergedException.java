package org.graphinfomax.infomax.training;

/**
 * The training loss became NaN or infinite. The model keeps the weights of the best epoch before
 * that; the message names both epochs.
 */
public class TrainingDivergedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int epoch;
    private final int bestEpoch;

    /**
     * @param epoch the 1-based epoch whose loss was not finite
     * @param loss that loss
     * @param bestEpoch the epoch whose weights were kept (0 if none)
     */
    public TrainingDivergedException(int epoch, double loss, int bestEpoch) {
        super("training loss became " + loss + " at epoch " + epoch
                + (bestEpoch > 0 ? "; the weights of epoch " + bestEpoch + " were kept" : "; no epoch finished before"));
        this.epoch = epoch;
        this.bestEpoch = bestEpoch;
    }

    /** The epoch whose loss was not finite. */
    public int epoch() {
        return epoch;
    }

    /** The epoch whose weights the model kept. */
    public int bestEpoch() {
        return bestEpoch;
    }
}
