package org.graphinfomax.infomax.mi;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.shape.OneHot;
import org.nd4j.linalg.factory.Nd4j;

/** Factories of the 0/1 masks that mark positive (joint) and negative (product-of-marginals) score entries. */
public final class ScoreMasks {

    private ScoreMasks() {
    }

    /**
     * The InfoGraph positive mask for a score matrix of N nodes x G graphs: entry (i, g) is 1 exactly when
     * node i belongs to graph g. Built by one ND4J one-hot op, not element by element.
     *
     * @param graphIndex graph of each node, values in {@code [0, numGraphs)}
     * @param numGraphs  number of graphs G (columns)
     * @param type       FLOAT or DOUBLE
     * @return a new N x G mask
     * @throws IllegalArgumentException naming the first node whose graph index is out of range
     */
    public static INDArray byGraph(int[] graphIndex, int numGraphs, DataType type) {
        requirePositive(numGraphs);
        for (int node = 0; node < graphIndex.length; node++) {
            if (graphIndex[node] < 0 || graphIndex[node] >= numGraphs) {
                throw new IllegalArgumentException("graph index of node " + node + " is " + graphIndex[node]
                        + ", outside [0, " + numGraphs + ")");
            }
        }
        return oneHot(Nd4j.createFromArray(graphIndex), numGraphs, type);
    }

    /**
     * @param graphIndex integer vector (e.g. {@code GraphBatch.graphIndexArray()}) of each node's graph
     * @param numGraphs  number of graphs G
     * @param type       FLOAT or DOUBLE
     * @return a new N x G mask, as {@link #byGraph(int[], int, DataType)}
     * @throws IllegalArgumentException if the index array is not an integer vector or a value is out of range
     */
    public static INDArray byGraph(INDArray graphIndex, int numGraphs, DataType type) {
        requirePositive(numGraphs);
        if (!graphIndex.dataType().isIntType() || !graphIndex.isVectorOrScalar()) {
            throw new IllegalArgumentException("graph index must be an integer vector, got "
                    + graphIndex.dataType() + " of shape " + java.util.Arrays.toString(graphIndex.shape()));
        }
        long min = graphIndex.minNumber().longValue();
        long max = graphIndex.maxNumber().longValue();
        if (min < 0 || max >= numGraphs) {
            throw new IllegalArgumentException("graph index values span [" + min + ", " + max
                    + "], outside [0, " + numGraphs + ")");
        }
        return oneHot(graphIndex.reshape(graphIndex.length()), numGraphs, type);
    }

    /**
     * @param n    size of a square K x K critic matrix
     * @param type FLOAT or DOUBLE
     * @return the identity: positives on the diagonal (pair i with its own partner)
     */
    public static INDArray diagonal(int n, DataType type) {
        requirePositive(n);
        return Nd4j.eye(n).castTo(type);
    }

    /**
     * @param mask a 0/1 mask
     * @return a new mask {@code 1 - mask}
     */
    public static INDArray complement(INDArray mask) {
        return mask.rsub(1.0);
    }

    private static INDArray oneHot(INDArray indices, int depth, DataType type) {
        CriticScores.requireSupported(type);
        return Nd4j.exec(new OneHot(indices, depth, -1, 1.0, 0.0, type))[0];
    }

    private static void requirePositive(int size) {
        if (size <= 0) {
            throw new IllegalArgumentException("mask size must be positive, got " + size);
        }
    }
}
