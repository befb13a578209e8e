package org.graphinfomax.graph.sampling;

import java.util.Objects;
import org.graphinfomax.graph.SparseMatrix;

/**
 * One layer's message-passing structure in a sampled mini-batch: a bipartite graph from
 * {@link #numSources()} source nodes to {@link #numTargets()} target nodes, in local indices.
 *
 * <p>Conventions (as DGL's blocks and PyG's sampled adjacencies): the first {@code numTargets}
 * source nodes ARE the target nodes, in the same order, so a layer finds a target's own previous
 * representation in row {@code i} of its input; and the sources of the block of layer {@code l + 1}
 * are exactly the targets of the block of layer {@code l}. The {@link #meanAggregation()} matrix
 * (numTargets x numSources) has entry 1 / s_i for each of the s_i sampled neighbours of target i,
 * so its product with the source rows gives each target the mean of its sampled neighbours (a
 * target without neighbours gets a zero row).
 */
public final class Block {

    private final int[] sourceNodes;
    private final int numTargets;
    private final SparseMatrix meanAggregation;

    /**
     * @param sourceNodes graph node of every source, targets first (not copied; the sampler owns it)
     * @param numTargets number of targets
     * @param meanAggregation (numTargets x sourceNodes.length) mean-aggregation matrix
     * @throws IllegalArgumentException if the shapes disagree
     */
    Block(int[] sourceNodes, int numTargets, SparseMatrix meanAggregation) {
        this.sourceNodes = Objects.requireNonNull(sourceNodes, "sourceNodes");
        this.meanAggregation = Objects.requireNonNull(meanAggregation, "meanAggregation");
        if (numTargets < 1 || numTargets > sourceNodes.length) {
            throw new IllegalArgumentException(numTargets + " targets for " + sourceNodes.length + " sources");
        }
        if (meanAggregation.rows() != numTargets || meanAggregation.cols() != sourceNodes.length) {
            throw new IllegalArgumentException("aggregation matrix is " + meanAggregation.rows() + " x "
                    + meanAggregation.cols() + ", expected " + numTargets + " x " + sourceNodes.length);
        }
        this.numTargets = numTargets;
    }

    /** Number of target nodes (rows of the layer's output). */
    public int numTargets() {
        return numTargets;
    }

    /** Number of source nodes (rows of the layer's input). */
    public int numSources() {
        return sourceNodes.length;
    }

    /** The graph node of source {@code i} (targets are sources 0..numTargets-1). */
    public int sourceNode(int i) {
        return sourceNodes[Objects.checkIndex(i, sourceNodes.length)];
    }

    /** A copy of the graph nodes of all sources, targets first. */
    public int[] sourceNodes() {
        return sourceNodes.clone();
    }

    /** The source array itself, for the sampler's next hop (never handed out). */
    int[] sourceNodesShared() {
        return sourceNodes;
    }

    /** A copy of the graph nodes of the targets. */
    public int[] targetNodes() {
        return java.util.Arrays.copyOf(sourceNodes, numTargets);
    }

    /** The (numTargets x numSources) matrix whose product with source rows averages each target's sampled neighbours. */
    public SparseMatrix meanAggregation() {
        return meanAggregation;
    }

    /** Number of sampled (target, neighbour) pairs. */
    public int numEdges() {
        return meanAggregation.nnz();
    }

    @Override
    public String toString() {
        return "Block[" + sourceNodes.length + " sources -> " + numTargets + " targets, " + numEdges() + " edges]";
    }
}
