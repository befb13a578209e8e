package org.graphinfomax.layers;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Pools node embeddings into one embedding per graph (per graph of a batch, or of the single graph
 * of the context), with a backward pass to the node embeddings. Readouts have no parameters.
 */
public interface Readout {

    /**
     * Pools the rows of {@code nodeEmbeddings} per graph.
     *
     * @param nodeEmbeddings a (nodes x d) array
     * @param ctx tells which graph each node belongs to
     * @return a pass whose output is (numGraphs x d) and whose backward maps a (numGraphs x d)
     *     gradient to a (nodes x d) one
     */
    Forward pool(INDArray nodeEmbeddings, GraphContext ctx);

    /** Sum over the nodes of each graph. */
    static Readout sum() {
        return new SumReadout();
    }

    /** Mean over the nodes of each graph. */
    static Readout mean() {
        return new MeanReadout();
    }

    /** Channel-wise maximum over the nodes of each graph. */
    static Readout max() {
        return new MaxReadout();
    }

    /** sigmoid(mean): DGI's summary vector. */
    static Readout sigmoidMean() {
        return new SigmoidMeanReadout();
    }
}
