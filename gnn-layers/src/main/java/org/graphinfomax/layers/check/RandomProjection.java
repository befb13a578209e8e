package org.graphinfomax.layers.check;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.rng.Random;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The test loss {@code sum(output * R)} for a fixed random R (standard normal, seeded), whose
 * gradient with respect to the output is R: every output element then influences the loss with
 * its own weight, so a wrong element of a backward pass cannot cancel out.
 */
public final class RandomProjection {

    private final INDArray weights;

    private RandomProjection(INDArray weights) {
        this.weights = weights;
    }

    /** A DOUBLE projection of the given shape drawn from {@code seed}. */
    public static RandomProjection of(long seed, long... shape) {
        Random rng = org.graphinfomax.layers.SeededRandom.of(seed);
        return new RandomProjection(Nd4j.randn(0.0, 1.0, Nd4j.create(DataType.DOUBLE, shape), rng));
    }

    /**
     * {@code sum(output * R)}.
     *
     * @throws IllegalArgumentException if the shapes differ
     */
    public double loss(INDArray output) {
        if (!java.util.Arrays.equals(output.shape(), weights.shape())) {
            throw new IllegalArgumentException("output shape " + java.util.Arrays.toString(output.shape())
                    + " differs from the projection's " + java.util.Arrays.toString(weights.shape()));
        }
        return output.castTo(DataType.DOUBLE).mul(weights).sumNumber().doubleValue();
    }

    /** A fresh copy of R (backward passes may overwrite their argument), in the given type. */
    public INDArray gradient(DataType type) {
        return weights.castTo(type).dup();
    }

    /** A fresh DOUBLE copy of R. */
    public INDArray gradient() {
        return gradient(DataType.DOUBLE);
    }
}
