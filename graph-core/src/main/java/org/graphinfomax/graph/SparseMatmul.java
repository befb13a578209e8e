package org.graphinfomax.graph;

import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A way to multiply a {@link SparseMatrix} by a dense ND4J matrix: the propagation step of every
 * graph neural network layer and the first product of a layer on sparse features.
 *
 * <p>Two implementations exist and give the same result: {@link #cpuKernel()}, a multithreaded
 * CSR kernel that reads and writes ND4J's off-heap buffers directly (fast on the CPU backend), and
 * {@link #nd4jOps()}, built only from ND4J operations (gather, scale, unsorted segment sum) so that
 * it runs unchanged on a GPU backend. {@link #forCurrentBackend()} picks the right one.
 */
public interface SparseMatmul {

    /**
     * Computes {@code a · x}.
     *
     * @param a a sparse (m x n) matrix
     * @param x a dense (n x d) matrix of type FLOAT or DOUBLE, in any ordering
     * @return a new (m x d) matrix of the type of {@code x}, allocated in the current workspace if any
     * @throws IllegalArgumentException if the shapes do not match or the type is not floating point
     */
    INDArray multiply(SparseMatrix a, INDArray x);

    /**
     * Computes {@code a · x} with the variations in {@code options} (row and column maps, an output
     * array to write or add into, a row epilogue).
     *
     * @return the output array ({@code options}' target if one was given)
     * @throws IllegalArgumentException if shapes or map entries do not fit
     * @throws UnsupportedOperationException if an epilogue is given to a kernel without
     *     {@link #supportsEpilogue()}
     */
    INDArray multiply(SparseMatrix a, INDArray x, ProductOptions options);

    /** Whether this kernel runs {@link RowEpilogue}s (only the CPU kernel does). */
    default boolean supportsEpilogue() {
        return false;
    }

    /** The multithreaded CSR kernel for the CPU backend (see {@link ComputeThreads}). */
    static SparseMatmul cpuKernel() {
        return CsrKernel.INSTANCE;
    }

    /** The implementation made of ND4J operations only, for GPU backends. */
    static SparseMatmul nd4jOps() {
        return Nd4jOpsKernel.INSTANCE;
    }

    /** {@link #cpuKernel()} when ND4J runs on the CPU backend, {@link #nd4jOps()} otherwise. */
    static SparseMatmul forCurrentBackend() {
        return Nd4j.getEnvironment().isCPU() ? cpuKernel() : nd4jOps();
    }

    /** Throws unless {@code x} can be multiplied by {@code a} with the given options. */
    static void checkOperands(SparseMatrix a, INDArray x, ProductOptions options) {
        if (x.rank() != 2) {
            throw new IllegalArgumentException("the dense operand must be 2-D, got shape " + java.util.Arrays.toString(x.shape()));
        }
        if (options.columnMap() == null && x.rows() != a.cols()) {
            throw new IllegalArgumentException("cannot multiply a " + a.rows() + " x " + a.cols()
                    + " sparse matrix by a " + x.rows() + " x " + x.columns() + " matrix");
        }
        if (!x.dataType().isFPType() || x.dataType().width() < 4) {
            throw new IllegalArgumentException("sparse products support FLOAT and DOUBLE operands, not " + x.dataType());
        }
        options.check(a, x);
    }
}
