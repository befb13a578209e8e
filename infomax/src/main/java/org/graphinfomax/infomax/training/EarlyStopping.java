package org.graphinfomax.infomax.training;

/**
 * Early stopping on the training loss, as DGI's reference does: the best (lowest) loss so far is
 * remembered, and training stops once {@code patience} epochs in a row have not improved on it.
 */
public final class EarlyStopping {

    private final int patience;
    private double bestLoss = Double.POSITIVE_INFINITY;
    private int bestEpoch;
    private int sinceBest;

    /** @param patience epochs without improvement before stopping, at least 1 */
    public EarlyStopping(int patience) {
        this.patience = SettingChecks.atLeast(patience, 1, "patience");
    }

    /**
     * Records an epoch's loss.
     *
     * @return whether it is a new best (the caller then keeps the current weights)
     */
    public boolean record(int epoch, double loss) {
        if (loss < bestLoss) {
            bestLoss = loss;
            bestEpoch = epoch;
            sinceBest = 0;
            return true;
        }
        sinceBest++;
        return false;
    }

    /** Whether {@code patience} epochs have passed without improvement. */
    public boolean shouldStop() {
        return sinceBest >= patience;
    }

    /** The epoch with the lowest loss so far (0 before any epoch). */
    public int bestEpoch() {
        return bestEpoch;
    }

    /** The lowest loss so far. */
    public double bestLoss() {
        return bestLoss;
    }
}
