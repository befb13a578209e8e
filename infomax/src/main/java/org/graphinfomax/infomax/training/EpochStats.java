package org.graphinfomax.infomax.training;

/**
 * What one training epoch did.
 *
 * @param epoch 1-based epoch number
 * @param loss the training loss of the epoch (mean over its steps)
 * @param seconds wall-clock time of the epoch
 */
public record EpochStats(int epoch, double loss, double seconds) {
}
