package org.graphinfomax.layers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.graphinfomax.graph.sampling.Block;
import org.graphinfomax.graph.sampling.MiniBatch;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A stack of {@link SageConv} layers, each followed by an activation, run over the blocks of a
 * sampled {@link MiniBatch}: the inductive encoder of Deep Graph Infomax on large graphs
 * (Veličković et al., ICLR 2019: three skip-connected mean-pooling layers with PReLU on Reddit).
 * Parameters are named {@code conv<i>.self.weight}, ..., {@code act<i>.slope}.
 *
 * <p>Layer l reads the rows of block l's sources and produces block l's targets, which are block
 * l + 1's sources, so the activations of a step are as large as the sampled neighbourhood, never
 * as the graph. The same encoder runs layer-wise over whole-neighbourhood blocks for exact
 * inference ({@link #forwardLayer}).
 */
public final class SageEncoder extends CompositeModule {

    private final int inputSize;
    private final int[] hiddenSizes;
    private final List<SageConv> convs = new ArrayList<>();
    private final List<ActivationLayer> activations = new ArrayList<>();
    private final Propagation propagation;

    private SageEncoder(Builder b) {
        this.inputSize = b.inputSize;
        this.hiddenSizes = b.hiddenSizes.clone();
        this.propagation = b.propagation;
        int in = inputSize;
        for (int h : hiddenSizes) {
            SageConv conv = new SageConv(in, h, b.combination);
            ActivationLayer act = b.activation.create(h);
            addChild("conv" + convs.size() + ".", conv);
            addChild("act" + activations.size() + ".", act);
            convs.add(conv);
            activations.add(act);
            in = h;
        }
    }

    /** A builder; defaults: two layers of 256, concatenation, shared PReLU, the backend's propagation. */
    public static Builder builder(int inputSize) {
        return new Builder(inputSize);
    }

    /** Number of input features. */
    public int inputSize() {
        return inputSize;
    }

    /** Width of the node embeddings (the last layer's output). */
    public int nodeEmbeddingSize() {
        return hiddenSizes[hiddenSizes.length - 1];
    }

    /** Number of layers; a mini-batch for this encoder needs as many blocks. */
    public int numLayers() {
        return convs.size();
    }

    /** The output width of every layer. */
    public int[] hiddenSizes() {
        return hiddenSizes.clone();
    }

    /**
     * Encodes the targets of a mini-batch.
     *
     * @param inputRows (batch.numInputNodes() x inputSize) input features of the first block's sources
     * @param batch the sampled blocks, one per layer
     * @param mode training or inference
     * @return the pass: output (batch.numTargets() x nodeEmbeddingSize); backward accumulates the
     *     parameter gradients and returns null (input features need no gradient)
     */
    public Forward forward(INDArray inputRows, MiniBatch batch, ForwardMode mode) {
        return forward(inputRows, batch.blocks(), mode, false);
    }

    /**
     * Encodes over a list of blocks (input layer first).
     *
     * @param inputGradient whether backward returns the gradient of {@code inputRows}
     * @throws IllegalArgumentException if the number of blocks differs from the number of layers
     */
    public Forward forward(INDArray inputRows, List<Block> blocks, ForwardMode mode, boolean inputGradient) {
        Objects.requireNonNull(inputRows, "inputRows");
        if (blocks.size() != convs.size()) {
            throw new IllegalArgumentException("the encoder has " + convs.size() + " layers but the batch "
                    + blocks.size() + " blocks; sample with one fan-out per layer");
        }
        List<Forward> passes = new ArrayList<>();
        INDArray h = inputRows;
        for (int l = 0; l < convs.size(); l++) {
            Forward layer = forwardLayer(l, h, blocks.get(l), mode, inputGradient || l > 0);
            passes.add(layer);
            h = layer.output();
        }
        return Forward.chain(passes);
    }

    /**
     * Runs layer {@code l} (convolution and activation) on one block: the step of layer-wise
     * inference over whole neighbourhoods.
     */
    public Forward forwardLayer(int l, INDArray sources, Block block, ForwardMode mode, boolean inputGradient) {
        Forward conv = convs.get(Objects.checkIndex(l, convs.size())).forward(sources, block, propagation, inputGradient);
        Forward act = activations.get(l).forwardInPlace(conv.output(), null, mode);
        return Forward.chain(List.of(conv, act));
    }

    @Override
    public String toString() {
        return "SageEncoder[" + inputSize + " -> " + Arrays.toString(hiddenSizes) + ", " + convs.get(0).combination()
                + ", " + activations.get(0) + "]";
    }

    /** Configures a {@link SageEncoder}. */
    public static final class Builder {
        private final int inputSize;
        private int[] hiddenSizes = {256, 256};
        private SageConv.Combination combination = SageConv.Combination.CONCAT;
        private Activation activation = Activation.PRELU;
        private Propagation propagation = Propagation.forCurrentBackend();

        private Builder(int inputSize) {
            this.inputSize = Bound.positive(inputSize, "input size");
        }

        /** Output width of each layer, one per layer (default {256, 256}). */
        public Builder hiddenSizes(int... sizes) {
            if (sizes.length == 0) {
                throw new IllegalArgumentException("a SAGE encoder needs at least one layer");
            }
            for (int s : sizes) {
                Bound.positive(s, "hidden size");
            }
            this.hiddenSizes = sizes.clone();
            return this;
        }

        /** How each layer combines self and neighbours (default CONCAT, DGI's Reddit encoder). */
        public Builder combination(SageConv.Combination value) {
            this.combination = Objects.requireNonNull(value, "combination");
            return this;
        }

        /** The activation after every layer (default shared PReLU). */
        public Builder activation(Activation value) {
            this.activation = Objects.requireNonNull(value, "activation");
            return this;
        }

        /** The sparse-product kernel (default the current backend's). */
        public Builder propagation(Propagation value) {
            this.propagation = Objects.requireNonNull(value, "propagation");
            return this;
        }

        /** The encoder. */
        public SageEncoder build() {
            return new SageEncoder(this);
        }
    }
}
