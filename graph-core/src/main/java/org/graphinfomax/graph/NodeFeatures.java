package org.graphinfomax.graph;

import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The node-feature matrix of a graph (one row per node): either a dense ND4J array or a sparse CSR
 * matrix, for bag-of-words features where most entries are zero. Layers multiply it by their
 * weights without caring which form it has.
 */
public sealed interface NodeFeatures permits DenseFeatures, SparseFeatures {

    /** Number of rows (nodes). */
    int numRows();

    /** Number of features per node. */
    int numFeatures();

    /** X · w for a dense (numFeatures x d) weight matrix; the result has the type of {@code w}. */
    INDArray mmul(INDArray w);

    /** X^T · g for a dense (numRows x d) matrix, as needed by the gradient of a weight matrix. */
    INDArray transposeMmul(INDArray g);

    /** The rows {@code rows[0]}, {@code rows[1]}, ... in that order (a permutation or a subset). */
    NodeFeatures selectRows(int[] rows);

    /** A dense copy of the given type. */
    INDArray toDense(DataType type);

    /** Fraction of entries that are non-zero (1 for dense features, by convention). */
    double density();

    /** Wraps a dense array (validated as 2-D and finite; not copied: do not change it afterwards). */
    static NodeFeatures dense(INDArray x) {
        return new DenseFeatures(x);
    }

    /** Wraps a sparse matrix. */
    static NodeFeatures sparse(SparseMatrix x) {
        return new SparseFeatures(x);
    }

    /**
     * The rows of several feature matrices one below the other (for a batch of graphs): sparse if
     * all parts are sparse, dense otherwise.
     */
    static NodeFeatures vstack(List<NodeFeatures> parts) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("nothing to stack");
        }
        int f = parts.get(0).numFeatures();
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i).numFeatures() != f) {
                throw new IllegalArgumentException("part " + i + " has " + parts.get(i).numFeatures()
                        + " features, part 0 has " + f);
            }
        }
        if (parts.stream().allMatch(p -> p instanceof SparseFeatures)) {
            return new SparseFeatures(SparseMatrix.vstack(parts.stream().map(p -> ((SparseFeatures) p).matrix()).toList()));
        }
        DataType type = parts.stream().filter(p -> p instanceof DenseFeatures)
                .map(p -> ((DenseFeatures) p).array().dataType()).findFirst().orElse(DataType.FLOAT);
        INDArray[] dense = parts.stream().map(p -> p.toDense(type)).toArray(INDArray[]::new);
        return new DenseFeatures(org.nd4j.linalg.factory.Nd4j.vstack(dense));
    }
}
