package org.graphinfomax.layers;

import java.util.ArrayList;
import java.util.List;
import org.graphinfomax.graph.NodeFeatures;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * InfoGraph's encoder (Sun et al., ICLR 2020): {@code numLayers} blocks of
 * {@link GinConv} (MLP = Linear-ReLU-Linear, fixed eps = 0 by default), then ReLU, then
 * {@link BatchNorm}. The node embedding is the concatenation of every block's output
 * (nodes x numLayers·hidden) and the graph embedding the concatenation of every block's sum-pooled
 * output (graphs x numLayers·hidden), i.e. the sum pooling of the node embedding. Parameters are
 * named {@code block<i>.0.mlp.0.weight} etc. (block i = Sequential of GinConv, ReLU, BatchNorm).
 */
public final class GinEncoder extends CompositeModule implements Encoder {

    private final int inputSize;
    private final int hidden;
    private final List<Sequential> blocks;
    private final Readout readout = new SumReadout();

    /** Layers with fixed eps = 0, as in InfoGraph. */
    public GinEncoder(int inputSize, int hidden, int numLayers) {
        this(inputSize, hidden, numLayers, 0.0, false);
    }

    /**
     * @param inputSize number of input features
     * @param hidden channels of every block
     * @param numLayers number of blocks
     * @param eps GIN's eps (fixed value, or initial value when learned)
     * @param learnEps whether every block learns its eps
     */
    public GinEncoder(int inputSize, int hidden, int numLayers, double eps, boolean learnEps) {
        this.inputSize = Bound.positive(inputSize, "input size");
        this.hidden = Bound.positive(hidden, "hidden size");
        Bound.positive(numLayers, "layer count");
        this.blocks = new ArrayList<>();
        for (int i = 0; i < numLayers; i++) {
            int in = i == 0 ? inputSize : hidden;
            blocks.add(new Sequential(new GinConv(Mlp.of(in, hidden, hidden), in, eps, learnEps), new Relu(),
                    new BatchNorm(hidden)));
            addChild("block" + i + ".", blocks.get(i));
        }
    }

    @Override
    public int inputSize() {
        return inputSize;
    }

    /** Channels of every block. */
    public int hiddenSize() {
        return hidden;
    }

    /** Number of blocks. */
    public int numLayers() {
        return blocks.size();
    }

    @Override
    public int nodeEmbeddingSize() {
        return hidden * blocks.size();
    }

    @Override
    public int graphEmbeddingSize() {
        return nodeEmbeddingSize();
    }



    @Override
    public EncoderForward encode(NodeFeatures features, GraphContext ctx, ForwardMode mode) {
        List<Forward> passes = new ArrayList<>(blocks.size());
        passes.add(blocks.get(0).forward(features, ctx, mode));
        for (int i = 1; i < blocks.size(); i++) {
            passes.add(blocks.get(i).forward(passes.get(i - 1).output(), ctx, mode));
        }
        INDArray nodes = Nd4j.hstack(passes.stream().map(Forward::output).toArray(INDArray[]::new));
        Forward pooled = readout.pool(nodes, ctx);
        return new PooledEncoderForward(nodes, pooled, g -> backward(passes, g));
    }

    /**
     * Splits the (nodes x layers·hidden) gradient into per-block slabs with one permuting copy
     * (strided column slices are several times slower to read on ND4J's CPU backend) and runs the
     * blocks backwards, adding each block's input gradient to the previous block's slab.
     */
    private void backward(List<Forward> passes, INDArray g) {
        INDArray perBlock = g.reshape('c', g.rows(), passes.size(), hidden).permute(1, 0, 2).dup('c');
        INDArray carry = null;
        for (int i = passes.size() - 1; i >= 0; i--) {
            INDArray slab = perBlock.get(NDArrayIndex.point(i), NDArrayIndex.all(), NDArrayIndex.all());
            carry = passes.get(i).backward(carry == null ? slab : carry.addi(slab));
        }
    }

    @Override
    public String toString() {
        return "GinEncoder[" + inputSize + " -> " + blocks.size() + " x " + hidden + "]";
    }
}
