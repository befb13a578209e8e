package org.graphinfomax.layers;

import java.util.Arrays;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Products of a tall (rows x d) matrix with a vector, the shapes of readouts, batch statistics and
 * discriminators: {@code m·x} and {@code m^T·x}, through BLAS gemv.
 *
 * <p>ND4J's {@code gemm} with a one-column operand and its dimension-0 reductions take slow paths
 * for these shapes; measured on this project's 2-core VM for a 2,708 x 512 FLOAT matrix (Cora's
 * DGI embeddings, one thread): m·x 2.4 ms by gemm, 0.63 ms by gemv; m^T·x 3.3-5.0 ms by gemm,
 * 0.63 ms by gemv on the transposed view; column sums 7.6 ms by {@code sum(0)}. Only ND4J
 * operations are used, so every backend runs them. (The wrapper's own transposed gemv fails
 * shape validation in ND4J 1.0.0-M2.1, hence the transposed view with 'N'.)
 */
public final class MatrixVector {

    private MatrixVector() {
    }

    /** A new (rows x 1) array m·x, for x with m.columns() entries. */
    public static INDArray times(INDArray m, INDArray x) {
        INDArray out = Nd4j.createUninitialized(m.dataType(), m.rows(), 1);
        timesInto(m, x, out, 0.0);
        return out;
    }

    /** A new (d x 1) array m^T·x, for x with m.rows() entries. */
    public static INDArray transposeTimes(INDArray m, INDArray x) {
        INDArray out = Nd4j.createUninitialized(m.dataType(), m.columns(), 1);
        transposeTimesInto(m, x, out, 0.0);
        return out;
    }

    /**
     * {@code target = m·x + beta·target}.
     *
     * @param target a vector of m.rows() entries, contiguous (a row or column, possibly a view)
     */
    public static void timesInto(INDArray m, INDArray x, INDArray target, double beta) {
        gemv(requireMatrix(m), x, target, beta);
    }

    /**
     * {@code target = m^T·x + beta·target}.
     *
     * @param target a vector of m.columns() entries, contiguous (a row or column, possibly a view)
     */
    public static void transposeTimesInto(INDArray m, INDArray x, INDArray target, double beta) {
        gemv(requireMatrix(m).transpose(), x, target, beta);
    }

    private static void gemv(INDArray a, INDArray x, INDArray target, double beta) {
        INDArray xs = flat(x, a.columns(), "vector");
        INDArray ys = flat(target, a.rows(), "target");
        Nd4j.getBlasWrapper().level2().gemv('c', 'N', 1.0, a, xs, beta, ys);
    }

    private static INDArray requireMatrix(INDArray m) {
        if (m.rank() != 2) {
            throw new IllegalArgumentException("expected a matrix, got shape " + Arrays.toString(m.shape()));
        }
        return m;
    }

    /** The rank-1 view of a vector with {@code length} entries (shares its buffer). */
    private static INDArray flat(INDArray v, long length, String what) {
        if (v.length() != length || (v.rank() == 2 && v.rows() != 1 && v.columns() != 1) || v.rank() > 2) {
            throw new IllegalArgumentException("the " + what + " must be a vector of " + length + " entries, got shape "
                    + Arrays.toString(v.shape()));
        }
        if (v.rank() == 1) {
            return v;
        }
        if (v.elementWiseStride() != 1) {
            throw new IllegalArgumentException("the " + what + " must be contiguous, got shape "
                    + Arrays.toString(v.shape()) + " with stride " + Arrays.toString(v.stride()));
        }
        return v.reshape(length);
    }
}
