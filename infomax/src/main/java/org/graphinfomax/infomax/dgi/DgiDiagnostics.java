package org.graphinfomax.infomax.dgi;

import java.util.Locale;

/**
 * What a DGI training run did, for logs and run summaries. The summary vector's spread is worth
 * watching: with the sigmoid-of-mean readout the reference's summary stays close to 0.5 in every
 * dimension, so a small standard deviation is expected, not a bug.
 *
 * @param epochs epochs that ran
 * @param bestEpoch epoch whose weights were kept
 * @param bestLoss loss of that epoch
 * @param summaryMean mean over dimensions of the trained model's summary vector
 * @param summaryStd standard deviation over dimensions of that vector
 */
public record DgiDiagnostics(int epochs, int bestEpoch, double bestLoss, double summaryMean, double summaryStd) {

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%d epochs, best %d (loss %.4f), summary mean %.4f std %.4f",
                epochs, bestEpoch, bestLoss, summaryMean, summaryStd);
    }
}
