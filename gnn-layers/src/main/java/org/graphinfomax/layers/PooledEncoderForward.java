package org.graphinfomax.layers;

import java.util.function.Consumer;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * An encoder pass whose graph embeddings, if any, are a readout of its node embeddings: backward
 * adds the readout's node gradient to the direct node gradient and hands the sum to the encoder's
 * node-level backward.
 */
final class PooledEncoderForward implements EncoderForward {

    private final INDArray nodes;
    private final Forward pooled;
    private final Consumer<INDArray> nodeBackward;

    /**
     * @param nodes the node embeddings
     * @param pooled the readout pass over {@code nodes}, or null if the encoder has no graph output
     * @param nodeBackward back-propagates a gradient with respect to {@code nodes}
     */
    PooledEncoderForward(INDArray nodes, Forward pooled, Consumer<INDArray> nodeBackward) {
        this.nodes = nodes;
        this.pooled = pooled;
        this.nodeBackward = nodeBackward;
    }

    @Override
    public INDArray nodeEmbeddings() {
        return nodes;
    }

    @Override
    public INDArray graphEmbeddings() {
        if (pooled == null) {
            throw new IllegalStateException("this encoder produces no graph embeddings; configure a readout");
        }
        return pooled.output();
    }

    @Override
    public boolean hasGraphEmbeddings() {
        return pooled != null;
    }

    @Override
    public void backward(INDArray gradNodes, INDArray gradGraphs) {
        INDArray total = gradNodes;
        if (total != null && !java.util.Arrays.equals(total.shape(), nodes.shape())) {
            throw new IllegalArgumentException("node gradient has shape " + java.util.Arrays.toString(total.shape())
                    + ", the node embeddings " + java.util.Arrays.toString(nodes.shape()));
        }
        if (gradGraphs != null) {
            INDArray fromGraphs = graphBackward(gradGraphs);
            total = total == null ? fromGraphs : total.addi(fromGraphs);
        }
        if (total != null) {
            nodeBackward.accept(total);
        }
    }

    private INDArray graphBackward(INDArray gradGraphs) {
        if (pooled == null) {
            throw new IllegalStateException("a graph gradient was given but this encoder produces no graph embeddings");
        }
        return pooled.backward(gradGraphs);
    }
}
