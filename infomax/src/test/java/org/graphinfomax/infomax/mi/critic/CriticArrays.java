package org.graphinfomax.infomax.mi.critic;

import java.util.Random;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Seeded Gaussian test inputs built on the host. */
final class CriticArrays {

    private CriticArrays() {
    }

    /** @return a rows x cols array of N(0, 1) values */
    static INDArray gaussian(long seed, DataType type, int rows, int cols) {
        Random random = new Random(seed);
        double[] values = new double[rows * cols];
        for (int k = 0; k < values.length; k++) {
            values[k] = random.nextGaussian();
        }
        return Nd4j.create(values, new long[] {rows, cols}, type);
    }
}
