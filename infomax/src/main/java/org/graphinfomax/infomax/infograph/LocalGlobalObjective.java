package org.graphinfomax.infomax.infograph;

import org.graphinfomax.layers.EncoderForward;
import org.graphinfomax.layers.Forward;
import org.graphinfomax.layers.ForwardMode;
import org.graphinfomax.layers.GraphContext;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * InfoGraph's unsupervised objective on one encoded mini-batch: the node embeddings go through
 * the local projection head, the graph embeddings through the global one, and the
 * {@link DotProductCritic} scores every node against every graph of the batch (the reference's
 * {@code local_global_loss_}).
 */
final class LocalGlobalObjective {

    private final ProjectionHead local;
    private final ProjectionHead global;
    private final DotProductCritic critic;

    LocalGlobalObjective(ProjectionHead local, ProjectionHead global, DotProductCritic critic) {
        this.local = local;
        this.global = global;
        this.critic = critic;
    }

    /**
     * The loss of one encoder pass and, with backprop, the gradients of {@code weight x loss}:
     * the heads' parameter gradients are accumulated, the gradients with respect to the encoder's
     * node and graph embeddings are returned.
     */
    EmbeddingGradients apply(EncoderForward encoded, GraphContext ctx, ForwardMode mode, double weight,
            boolean backprop) {
        Forward nodes = local.forward(encoded.nodeEmbeddings(), ctx, mode);
        Forward graphs = global.forward(encoded.graphEmbeddings(), ctx, mode);
        DotProductCritic.Result r = critic.localGlobal(nodes.output(), graphs.output(), ctx.graphIndexArray(), backprop);
        if (!backprop) {
            return new EmbeddingGradients(r.loss(), null, null);
        }
        INDArray gradNodes = nodes.backward(scaled(r.gradFirst(), weight));
        INDArray gradGraphs = graphs.backward(scaled(r.gradSecond(), weight));
        return new EmbeddingGradients(r.loss(), gradNodes, gradGraphs);
    }

    static INDArray scaled(INDArray gradient, double weight) {
        return weight == 1.0 ? gradient : gradient.muli(weight);
    }

    /**
     * A loss with the gradients of its weighted value with respect to an encoder's outputs.
     *
     * @param loss the unweighted loss
     * @param nodes gradient with respect to the node embeddings, or null
     * @param graphs gradient with respect to the graph embeddings, or null
     */
    record EmbeddingGradients(double loss, INDArray nodes, INDArray graphs) {
    }
}
