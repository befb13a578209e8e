package org.graphinfomax.infomax.mi;

import java.util.Random;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Seeded test arrays built on the host and copied once. */
final class TestArrays {

    private TestArrays() {
    }

    /** @return a rows x cols array of N(mean, scale^2) values */
    static INDArray gaussian(long seed, DataType type, int rows, int cols, double mean, double scale) {
        Random random = new Random(seed);
        double[] values = new double[rows * cols];
        for (int k = 0; k < values.length; k++) {
            values[k] = mean + scale * random.nextGaussian();
        }
        return Nd4j.create(values, new long[] {rows, cols}, type);
    }

    /** @return a rows x cols 0/1 mask with ones at rate {@code density}, at least one one */
    static INDArray bernoulliMask(long seed, DataType type, int rows, int cols, double density) {
        Random random = new Random(seed);
        double[] values = new double[rows * cols];
        for (int k = 0; k < values.length; k++) {
            values[k] = random.nextDouble() < density ? 1.0 : 0.0;
        }
        values[random.nextInt(values.length)] = 1.0;
        return Nd4j.create(values, new long[] {rows, cols}, type);
    }

    /** @return a 1 x n row of the given values */
    static INDArray row(DataType type, double... values) {
        return Nd4j.create(values, new long[] {1, values.length}, type);
    }

    /** @return a matrix of the given rows */
    static INDArray matrix(DataType type, double[][] rows) {
        return Nd4j.create(rows).castTo(type);
    }

    /** @return whether every entry is finite */
    static boolean allFinite(INDArray array) {
        for (double value : array.dup('c').data().asDouble()) {
            if (!Double.isFinite(value)) {
                return false;
            }
        }
        return true;
    }
}
