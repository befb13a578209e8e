package org.graphinfomax.layers;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.graphinfomax.graph.sampling.Block;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * The GraphSAGE-mean convolution (Hamilton et al., NeurIPS 2017) with a skip connection, on a
 * sampled bipartite {@link Block}: each target i combines its own representation h_i (source row
 * i, since a block's targets are its first sources) with the mean of its sampled neighbours'
 * representations m_i = Σ_j h_j / s_i:
 * <ul>
 *   <li>{@link Combination#CONCAT}: {@code out_i = [h_i·W_self + b_self || m_i·W_neigh + b_neigh]},
 *       each half of {@code outputSize / 2} columns (the self half gets the odd column). This is the
 *       skip-connected layer of DGI's Reddit encoder, M̃P(X, A) = σ(XΘ' ‖ MP(X, A)) (Veličković et
 *       al., ICLR 2019, section 4.3), and GraphSAGE's "concat" update. DGI writes the mean as
 *       D̂⁻¹ÂX, with the node itself among the averaged rows; here the mean runs over the sampled
 *       neighbours only, as in GraphSAGE, since the self term already carries h_i.</li>
 *   <li>{@link Combination#SUM}: {@code out_i = h_i·W_self + m_i·W_neigh + b}, PyTorch Geometric's
 *       {@code SAGEConv} with its root weight.</li>
 * </ul>
 * The activation is applied by the caller (see {@link SageEncoder}). Parameters: {@code self.weight},
 * {@code self.bias}, {@code neighbour.weight} and, for CONCAT, {@code neighbour.bias}; Glorot-uniform
 * weights, zero biases.
 *
 * <p>The mean is aggregated before the projection (m = A·H, then m·W), which costs
 * nnz·in + targets·in·out instead of sources·in·out: sampled blocks have many more sources than
 * targets. Backward, with G the output gradient split into G_self and G_neigh (CONCAT) or used for
 * both (SUM): dW_self += H_tᵀ·G_self, dW_neigh += mᵀ·G_neigh, db += column sums, and
 * dH = Aᵀ·(G_neigh·W_neighᵀ) with G_self·W_selfᵀ added to its first {@code targets} rows.
 */
public final class SageConv implements Parameterized {

    /** How the self and neighbour terms are combined. */
    public enum Combination {
        /** Concatenation of the two projections (DGI's Reddit encoder, GraphSAGE "concat"). */
        CONCAT,
        /** Sum of the two projections (PyTorch Geometric's SAGEConv). */
        SUM
    }

    private final int inputSize;
    private final int outputSize;
    private final Combination combination;
    private final DenseWeights self;
    private final DenseWeights neighbour;

    /**
     * @param inputSize input channels
     * @param outputSize output channels (for CONCAT at least 2: both halves are non-empty)
     * @param combination concatenation or sum
     */
    public SageConv(int inputSize, int outputSize, Combination combination) {
        this.inputSize = Bound.positive(inputSize, "input size");
        this.outputSize = Bound.positive(outputSize, "output size");
        this.combination = Objects.requireNonNull(combination, "combination");
        if (combination == Combination.CONCAT) {
            if (outputSize < 2) {
                throw new IllegalArgumentException("a concatenating layer needs at least 2 output channels, got " + outputSize);
            }
            int neighbourWidth = outputSize / 2;
            this.self = new DenseWeights(this, inputSize, outputSize - neighbourWidth, true);
            this.neighbour = new DenseWeights(this, inputSize, neighbourWidth, true);
        } else {
            this.self = new DenseWeights(this, inputSize, outputSize, true);
            this.neighbour = new DenseWeights(this, inputSize, outputSize, false);
        }
    }

    /** Input channels. */
    public int inputSize() {
        return inputSize;
    }

    /** Output channels. */
    public int outputSize() {
        return outputSize;
    }

    /** How self and neighbour terms are combined. */
    public Combination combination() {
        return combination;
    }

    @Override
    public List<ParameterSpec> parameterSpecs() {
        List<ParameterSpec> specs = new ArrayList<>();
        self.specs().forEach(s -> specs.add(s.withPrefix("self.")));
        neighbour.specs().forEach(s -> specs.add(s.withPrefix("neighbour.")));
        return specs;
    }

    @Override
    public void bind(ParameterViews views) {
        self.bind(views.scoped("self."));
        neighbour.bind(views.scoped("neighbour."));
    }

    /**
     * Runs the layer on one block.
     *
     * @param sources (block.numSources() x inputSize) representations of the block's sources
     * @param block the sampled structure
     * @param propagation the sparse-product kernel
     * @param inputGradient whether backward must compute the gradient of {@code sources} (false
     *     for raw input features: backward then returns null)
     * @return the pass; output (block.numTargets() x outputSize)
     * @throws IllegalArgumentException if the input does not match the block or the layer
     */
    public Forward forward(INDArray sources, Block block, Propagation propagation, boolean inputGradient) {
        self.checkInput(sources);
        if (sources.rows() != block.numSources()) {
            throw new IllegalArgumentException(this + ": " + sources.rows() + " input rows for a block of "
                    + block.numSources() + " sources");
        }
        int targets = block.numTargets();
        INDArray own = sources.get(NDArrayIndex.interval(0, targets), NDArrayIndex.all());
        INDArray mean = propagation.multiply(block.meanAggregation(), sources);
        INDArray selfPart = self.project(own);
        self.addBias(selfPart);
        INDArray neighbourPart = neighbour.project(mean);
        INDArray out;
        if (combination == Combination.CONCAT) {
            neighbour.addBias(neighbourPart);
            out = Nd4j.hstack(selfPart, neighbourPart);
        } else {
            out = selfPart.addi(neighbourPart);
        }
        int selfWidth = self.outputSize();
        return Forward.of(out, g -> {
            INDArray gSelf = g;
            INDArray gNeighbour = g;
            if (combination == Combination.CONCAT) {
                gSelf = g.get(NDArrayIndex.all(), NDArrayIndex.interval(0, selfWidth));
                gNeighbour = g.get(NDArrayIndex.all(), NDArrayIndex.interval(selfWidth, outputSize));
                neighbour.accumulateBiasGradient(gNeighbour);
            }
            self.accumulateBiasGradient(gSelf);
            // backwardDense also returns the input-side products; for raw features they are
            // dropped (targets x in x out multiply-adds, small next to the aggregation)
            INDArray gOwn = self.backwardDense(own, gSelf);
            INDArray gMean = neighbour.backwardDense(mean, gNeighbour);
            if (!inputGradient) {
                return null;
            }
            INDArray gSources = propagation.transposeMultiply(block.meanAggregation(), gMean);
            gSources.get(NDArrayIndex.interval(0, targets), NDArrayIndex.all()).addi(gOwn);
            return gSources;
        });
    }

    @Override
    public String toString() {
        return "SageConv[" + inputSize + " -> " + outputSize + ", " + combination.name().toLowerCase(java.util.Locale.ROOT) + "]";
    }
}
