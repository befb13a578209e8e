package org.graphinfomax.infomax.mi.critic;

import java.util.Objects;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.rng.Random;

/**
 * Draws a batch of paired samples for one training step of a {@link CriticTrainer}: either fresh samples of
 * a known distribution (as in the staircase experiment) or a random minibatch of a fixed data set
 * ({@link #minibatches(INDArray, INDArray)}). Called inside the trainer's workspace, so the arrays it creates
 * are recycled after the step.
 */
@FunctionalInterface
public interface PairSampler {

    /**
     * @param batchSize K
     * @param type      the data type the critic expects (FLOAT or DOUBLE)
     * @param rng       the trainer's seeded generator; draw every random number from it
     * @return K pairs
     */
    PairedBatch sample(int batchSize, DataType type, Random rng);

    /**
     * Minibatches of a fixed data set: each call draws K distinct row indices uniformly at random (partial
     * Fisher-Yates shuffle on {@code rng}) and gathers those rows of both arrays.
     *
     * @param x N x dx samples of X
     * @param y N x dy samples of Y, paired row by row with x
     * @return the sampler
     * @throws IllegalArgumentException if the row counts differ
     */
    static PairSampler minibatches(INDArray x, INDArray y) {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(y, "y");
        PairedBatch all = new PairedBatch(x, y);
        return new MinibatchSampler(all);
    }
}
