package org.graphinfomax.infomax.mi.critic;

import java.util.Arrays;
import java.util.Objects;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * K paired samples: row i of {@code x} and row i of {@code y} are drawn together from the joint distribution.
 *
 * @param x K x dx samples of X
 * @param y K x dy samples of Y
 */
public record PairedBatch(INDArray x, INDArray y) {

    /** @throws IllegalArgumentException unless x and y are matrices with the same number of rows */
    public PairedBatch {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(y, "y");
        if (x.rank() != 2 || y.rank() != 2 || x.rows() != y.rows()) {
            throw new IllegalArgumentException("paired samples need two matrices with the same number of rows, got "
                    + Arrays.toString(x.shape()) + " and " + Arrays.toString(y.shape()));
        }
    }

    /** @return K, the number of pairs */
    public int size() {
        return (int) x.rows();
    }
}
