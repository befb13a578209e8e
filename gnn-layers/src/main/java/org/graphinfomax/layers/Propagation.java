package org.graphinfomax.layers;

import java.util.Objects;
import org.graphinfomax.graph.DenseFeatures;
import org.graphinfomax.graph.NodeFeatures;
import org.graphinfomax.graph.ProductOptions;
import org.graphinfomax.graph.SparseFeatures;
import org.graphinfomax.graph.SparseMatmul;
import org.graphinfomax.graph.SparseMatrix;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The sparse products of a forward and backward pass: message passing {@code A·X} and its
 * transpose {@code A^T·G}, and products of (possibly sparse) node features with weights. Which
 * sparse kernel runs is pluggable: graph-core's multithreaded CSR kernel on the CPU backend, or
 * the kernel made of ND4J operations (gather, scale, unsorted segment sum) that runs on any
 * backend; {@link #forCurrentBackend()} chooses, and either can be forced (tests run both).
 */
public final class Propagation {

    private static final Propagation CPU = new Propagation(SparseMatmul.cpuKernel(), "cpu-kernel");
    private static final Propagation ND4J_OPS = new Propagation(SparseMatmul.nd4jOps(), "nd4j-ops");

    private final SparseMatmul kernel;
    private final String name;

    private Propagation(SparseMatmul kernel, String name) {
        this.kernel = kernel;
        this.name = name;
    }

    /** graph-core's multithreaded CSR kernel (CPU backend only). */
    public static Propagation cpuKernel() {
        return CPU;
    }

    /** The kernel made of ND4J operations, for GPU backends. */
    public static Propagation nd4jOps() {
        return ND4J_OPS;
    }

    /** {@link #cpuKernel()} on ND4J's CPU backend, {@link #nd4jOps()} otherwise. */
    public static Propagation forCurrentBackend() {
        return Nd4j.getEnvironment().isCPU() ? CPU : ND4J_OPS;
    }

    /** A propagation using a custom kernel. */
    public static Propagation of(SparseMatmul kernel, String name) {
        return new Propagation(Objects.requireNonNull(kernel, "kernel"), Objects.requireNonNull(name, "name"));
    }

    /** {@code a · x}, a new array in the current workspace. */
    public INDArray multiply(SparseMatrix a, INDArray x) {
        return kernel.multiply(a, x);
    }

    /** {@code a · x} with row/column maps, an output array or an epilogue (see {@link ProductOptions}). */
    public INDArray multiply(SparseMatrix a, INDArray x, ProductOptions options) {
        return kernel.multiply(a, x, options);
    }

    /** Whether the kernel runs row epilogues, which fused layer passes need. */
    public boolean supportsEpilogue() {
        return kernel.supportsEpilogue();
    }

    /** {@code a^T · g}, using the transpose that {@code a} remembers. */
    public INDArray transposeMultiply(SparseMatrix a, INDArray g) {
        return kernel.multiply(a.transpose(), g);
    }

    /** {@code X · w} for node features, sparse ones through this propagation's kernel. */
    public INDArray multiply(NodeFeatures x, INDArray w) {
        if (x instanceof SparseFeatures s) {
            return kernel.multiply(s.matrix(), w);
        }
        return Nd4j.gemm(FeatureLayer.dense(x, w.dataType()), w, false, false);
    }

    /**
     * Adds {@code X^T · g} to {@code target} (a weight gradient view): a GEMM accumulating in place
     * for dense features, a sparse product then an in-place add for sparse ones.
     */
    public void accumulateTransposeProduct(NodeFeatures x, INDArray g, INDArray target) {
        if (x instanceof SparseFeatures s) {
            target.addi(kernel.multiply(s.matrix().transpose(), g));
        } else {
            INDArray dense = FeatureLayer.dense((DenseFeatures) x, g.dataType());
            Nd4j.gemm(dense, g, target, true, false, 1.0, 1.0);
        }
    }

    /** The underlying kernel. */
    public SparseMatmul kernel() {
        return kernel;
    }

    @Override
    public String toString() {
        return "Propagation[" + name + "]";
    }
}
