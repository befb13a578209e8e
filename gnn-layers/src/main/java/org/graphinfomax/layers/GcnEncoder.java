package org.graphinfomax.layers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.graphinfomax.graph.NodeFeatures;
import org.graphinfomax.graph.ProductOptions;
import org.graphinfomax.graph.HostBuffers;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A stack of {@link GcnConv} layers, each followed by an activation; optionally a readout gives
 * graph embeddings. Deep Graph Infomax's encoder ({@link #dgi(int)}) is one GcnConv of 512 channels
 * with one shared PReLU slope (Velickovic et al., ICLR 2019). Parameters are named
 * {@code conv<i>.weight}, {@code conv<i>.bias} and {@code act<i>.slope}.
 *
 * <p>{@link #forwardPair} serves DGI's corruption: it encodes X and the row-permuted P·X together,
 * computing the first layer's X·W once (since (P·X)·W = P·(X·W)) and, in backward, forming the
 * weight gradient with a single product X^T·(G + P^T·G'), where G and G' are the gradients of
 * X·W from the clean and the corrupted branch.
 */
public final class GcnEncoder extends CompositeModule implements Encoder {

    private final int inputSize;
    private final int[] hiddenSizes;
    private final List<GcnConv> convs;
    private final List<ActivationLayer> activations;
    private final Readout readout;

    private GcnEncoder(Builder b) {
        this.inputSize = b.inputSize;
        this.hiddenSizes = b.hiddenSizes.clone();
        this.readout = b.readout;
        this.convs = new ArrayList<>();
        this.activations = new ArrayList<>();
        int in = inputSize;
        for (int h : hiddenSizes) {
            convs.add(new GcnConv(in, h, b.bias));
            activations.add(b.activation.create(h));
            addChild("conv" + (convs.size() - 1) + ".", convs.get(convs.size() - 1));
            addChild("act" + (activations.size() - 1) + ".", activations.get(activations.size() - 1));
            in = h;
        }
    }

    /** DGI's encoder: one GcnConv of 512 channels with bias and one shared PReLU slope. */
    public static GcnEncoder dgi(int inputSize) {
        return builder(inputSize).build();
    }

    /** A builder; defaults: one layer of 512, shared PReLU, bias, no readout. */
    public static Builder builder(int inputSize) {
        return new Builder(inputSize);
    }

    @Override
    public int inputSize() {
        return inputSize;
    }

    @Override
    public int nodeEmbeddingSize() {
        return hiddenSizes[hiddenSizes.length - 1];
    }

    @Override
    public int graphEmbeddingSize() {
        return readout == null ? 0 : nodeEmbeddingSize();
    }

    /** Number of convolution layers. */
    public int numLayers() {
        return convs.size();
    }



    @Override
    public EncoderForward encode(NodeFeatures features, GraphContext ctx, ForwardMode mode) {
        GcnConv first = convs.get(0);
        INDArray projected = first.project(features, ctx);
        List<GcnLayerPass> passes = layersFrom(projected, null, ctx, mode);
        INDArray nodes = passes.get(passes.size() - 1).output();
        Forward pooled = readout == null ? null : readout.pool(nodes, ctx);
        return new PooledEncoderForward(nodes, pooled,
                g -> first.accumulateWeightGradient(features, backwardToFirstProjection(passes, g, projected, ctx), ctx));
    }

    /**
     * Encodes X and its row permutation P·X (row i of P·X is row {@code permutation[i]} of X) in one
     * pass; see the class comment.
     *
     * @param features (nodes x inputSize) features
     * @param permutation a permutation of 0..nodes-1
     * @param ctx the graph (both branches use the same structure)
     * @param mode training or inference
     * @return both encodings and their joint backward
     * @throws IllegalArgumentException if {@code permutation} is not a permutation of the nodes
     */
    public PairForward forwardPair(NodeFeatures features, int[] permutation, GraphContext ctx, ForwardMode mode) {
        int[] inverse = inverse(permutation, features.numRows());
        GcnConv first = convs.get(0);
        INDArray projected = first.project(features, ctx);
        List<GcnLayerPass> clean = layersFrom(projected, null, ctx, mode);
        List<GcnLayerPass> corrupted = layersFrom(projected, permutation, ctx, mode);
        return new PairForward(clean.get(clean.size() - 1).output(), corrupted.get(corrupted.size() - 1).output(),
                (gClean, gCorrupted) -> {
                    // X·W is not needed after the forward pass: its buffer receives the gradient.
                    INDArray gProjected = gClean == null ? null : backwardToFirstProjection(clean, gClean, projected, ctx);
                    if (gCorrupted != null) {
                        // Gradient of P·(X·W) with respect to X·W: P^T·(Â^T·G'), as a row-mapped product.
                        INDArray gz = backwardToFirstPreActivation(corrupted, gCorrupted, ctx);
                        ProductOptions mapped = ProductOptions.NONE.rowMap(inverse);
                        INDArray target = gProjected != null ? gProjected : reusable(projected);
                        gProjected = ctx.propagation().multiply(ctx.gcnAdjacency().transpose(), gz,
                                target == null ? mapped : mapped.into(target, gProjected != null));
                    }
                    if (gProjected != null) {
                        first.accumulateWeightGradient(features, gProjected, ctx);
                    }
                });
    }

    /** Runs every layer from the first layer's projection (optionally row-selected). */
    private List<GcnLayerPass> layersFrom(INDArray projected, int[] rowSelection, GraphContext ctx, ForwardMode mode) {
        List<GcnLayerPass> passes = new ArrayList<>(convs.size());
        passes.add(GcnLayerPass.run(convs.get(0), activations.get(0), projected, rowSelection, ctx, mode));
        for (int i = 1; i < convs.size(); i++) {
            INDArray input = passes.get(i - 1).output();
            convs.get(i).weights.checkInput(input);
            passes.add(GcnLayerPass.run(convs.get(i), activations.get(i), convs.get(i).weights.project(input), null, ctx, mode));
        }
        return passes;
    }

    /** Back-propagates through every layer down to the first layer's pre-activation Z. */
    private INDArray backwardToFirstPreActivation(List<GcnLayerPass> passes, INDArray gradOutput, GraphContext ctx) {
        INDArray g = gradOutput;
        for (int i = passes.size() - 1; i >= 1; i--) {
            INDArray gProjected = passes.get(i).backwardToProjected(g);
            g = convs.get(i).weights.backwardDense(passes.get(i - 1).output(), gProjected);
        }
        return passes.get(0).backwardToPreActivation(g);
    }

    /**
     * Back-propagates through every layer down to the first layer's projection X·W, writing the
     * gradient into {@code projectedBuffer} (the forward pass's X·W, no longer needed: reusing it
     * saves one nodes x width array per step).
     */
    private INDArray backwardToFirstProjection(List<GcnLayerPass> passes, INDArray gradOutput, INDArray projectedBuffer,
            GraphContext ctx) {
        INDArray buffer = reusable(projectedBuffer);
        return ctx.propagation().multiply(ctx.gcnAdjacency().transpose(), backwardToFirstPreActivation(passes, gradOutput, ctx),
                buffer == null ? ProductOptions.NONE : ProductOptions.NONE.into(buffer, false));
    }

    /** The array itself when a product may write into it ('c' order, not a view), else null. */
    private static INDArray reusable(INDArray buffer) {
        return HostBuffers.isPlain(buffer) ? buffer : null;
    }

    private static int[] inverse(int[] permutation, int n) {
        Objects.requireNonNull(permutation, "permutation");
        if (permutation.length != n) {
            throw new IllegalArgumentException("the permutation has " + permutation.length + " entries for " + n + " nodes");
        }
        int[] inverse = new int[n];
        Arrays.fill(inverse, -1);
        for (int i = 0; i < n; i++) {
            int p = permutation[i];
            if (p < 0 || p >= n || inverse[p] >= 0) {
                throw new IllegalArgumentException("not a permutation of 0.." + (n - 1) + ": entry " + i + " is " + p
                        + (p >= 0 && p < n ? ", which occurs twice" : ""));
            }
            inverse[p] = i;
        }
        return inverse;
    }

    @Override
    public String toString() {
        return "GcnEncoder[" + inputSize + " -> " + Arrays.toString(hiddenSizes) + ", " + activations.get(0)
                + (readout == null ? "" : ", " + readout) + "]";
    }

    /** The two encodings of {@link #forwardPair} and their joint backward. */
    public static final class PairForward {
        private final INDArray clean;
        private final INDArray corrupted;
        private final PairBackward backward;

        PairForward(INDArray clean, INDArray corrupted, PairBackward backward) {
            this.clean = clean;
            this.corrupted = corrupted;
            this.backward = backward;
        }

        /** Embeddings of the clean graph (X). */
        public INDArray clean() {
            return clean;
        }

        /** Embeddings of the corrupted graph (P·X). */
        public INDArray corrupted() {
            return corrupted;
        }

        /**
         * Back-propagates both branches (accumulating parameter gradients); may overwrite the
         * given gradients.
         *
         * @param gradClean gradient with respect to {@link #clean()}, or null
         * @param gradCorrupted gradient with respect to {@link #corrupted()}, or null
         */
        public void backward(INDArray gradClean, INDArray gradCorrupted) {
            backward.run(gradClean, gradCorrupted);
        }
    }

    /** The joint backward of a pair. */
    @FunctionalInterface
    interface PairBackward {
        void run(INDArray gradClean, INDArray gradCorrupted);
    }

    /** Configures a {@link GcnEncoder}. */
    public static final class Builder {
        private final int inputSize;
        private int[] hiddenSizes = {512};
        private Activation activation = Activation.PRELU;
        private boolean bias = true;
        private Readout readout;

        private Builder(int inputSize) {
            this.inputSize = Bound.positive(inputSize, "input size");
        }

        /** Output sizes of the layers, one per layer (default {512}). */
        public Builder hiddenSizes(int... sizes) {
            if (sizes.length == 0) {
                throw new IllegalArgumentException("a GCN encoder needs at least one layer");
            }
            for (int s : sizes) {
                Bound.positive(s, "hidden size");
            }
            this.hiddenSizes = sizes.clone();
            return this;
        }

        /** {@code layers} layers of {@code hidden} channels each. */
        public Builder layers(int layers, int hidden) {
            int[] sizes = new int[Bound.positive(layers, "layer count")];
            Arrays.fill(sizes, hidden);
            return hiddenSizes(sizes);
        }

        /** The activation after every layer (default shared PReLU). */
        public Builder activation(Activation value) {
            this.activation = Objects.requireNonNull(value, "activation");
            return this;
        }

        /** Whether the convolutions have a bias (default true). */
        public Builder bias(boolean value) {
            this.bias = value;
            return this;
        }

        /** A readout giving graph embeddings (default none). */
        public Builder graphReadout(Readout value) {
            this.readout = value;
            return this;
        }

        /** The encoder. */
        public GcnEncoder build() {
            return new GcnEncoder(this);
        }
    }
}
