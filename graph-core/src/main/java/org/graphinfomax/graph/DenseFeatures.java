package org.graphinfomax.graph;

import java.util.Arrays;
import java.util.Objects;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Node features held in a dense 2-D ND4J array of a floating-point type. */
public final class DenseFeatures implements NodeFeatures {

    private final INDArray array;

    /**
     * @param array a 2-D floating-point array without NaN or infinite values (not copied)
     * @throws IllegalArgumentException naming the first non-finite element
     */
    public DenseFeatures(INDArray array) {
        Objects.requireNonNull(array, "array");
        if (array.rank() != 2) {
            throw new IllegalArgumentException("node features must be a 2-D array, got shape " + Arrays.toString(array.shape()));
        }
        if (!array.dataType().isFPType()) {
            throw new IllegalArgumentException("node features must be floating point, got " + array.dataType());
        }
        FiniteCheck.requireFinite(array, "node feature");
        this.array = array;
    }

    /** The underlying array; treat it as read-only. */
    public INDArray array() {
        return array;
    }

    @Override
    public int numRows() {
        return array.rows();
    }

    @Override
    public int numFeatures() {
        return array.columns();
    }

    @Override
    public INDArray mmul(INDArray w) {
        return sameType(w.dataType()).mmul(w);
    }

    @Override
    public INDArray transposeMmul(INDArray g) {
        return sameType(g.dataType()).transpose().mmul(g);
    }

    @Override
    public NodeFeatures selectRows(int[] rows) {
        for (int r : rows) {
            Objects.checkIndex(r, numRows());
        }
        if (rows.length == 0) {
            return new DenseFeatures(Nd4j.create(array.dataType(), 0, array.columns()));
        }
        return new DenseFeatures(Nd4j.pullRows(array, 1, rows, 'c'));
    }

    @Override
    public INDArray toDense(DataType type) {
        return array.dataType() == type ? array.dup() : array.castTo(type);
    }

    @Override
    public double density() {
        return 1.0;
    }

    private INDArray sameType(DataType type) {
        return array.dataType() == type ? array : array.castTo(type);
    }

    @Override
    public String toString() {
        return "DenseFeatures[" + numRows() + " x " + numFeatures() + ", " + array.dataType() + "]";
    }
}
