package org.graphinfomax.graph;

import java.util.Objects;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Node features held in a sparse CSR matrix, for bag-of-words features such as Cora's (1.3% of the
 * entries non-zero): the product with a weight matrix then costs one multiply-add per non-zero and
 * output column instead of one per feature.
 */
public final class SparseFeatures implements NodeFeatures {

    private final SparseMatrix matrix;

    /** @param matrix the (nodes x features) matrix */
    public SparseFeatures(SparseMatrix matrix) {
        this.matrix = Objects.requireNonNull(matrix, "matrix");
    }

    /** The underlying matrix. */
    public SparseMatrix matrix() {
        return matrix;
    }

    @Override
    public int numRows() {
        return matrix.rows();
    }

    @Override
    public int numFeatures() {
        return matrix.cols();
    }

    @Override
    public INDArray mmul(INDArray w) {
        return matrix.mmul(w);
    }

    @Override
    public INDArray transposeMmul(INDArray g) {
        return matrix.transposeMmul(g);
    }

    @Override
    public NodeFeatures selectRows(int[] rows) {
        return new SparseFeatures(matrix.selectRows(rows));
    }

    @Override
    public INDArray toDense(DataType type) {
        return matrix.toDense(type);
    }

    @Override
    public double density() {
        long cells = (long) matrix.rows() * matrix.cols();
        return cells == 0 ? 0 : (double) matrix.nnz() / cells;
    }

    @Override
    public String toString() {
        return "SparseFeatures[" + numRows() + " x " + numFeatures() + ", nnz=" + matrix.nnz() + "]";
    }
}
