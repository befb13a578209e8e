package org.graphinfomax.layers;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * One pass of an {@link Encoder}. The same contract as {@link Forward}: do not modify the outputs
 * before backward; backward at most once; it may overwrite the gradients it is given.
 */
public interface EncoderForward {

    /** (nodes x nodeEmbeddingSize) node embeddings. */
    INDArray nodeEmbeddings();

    /**
     * (numGraphs x graphEmbeddingSize) graph embeddings.
     *
     * @throws IllegalStateException if the encoder produces none
     */
    INDArray graphEmbeddings();

    /** Whether {@link #graphEmbeddings()} is available. */
    boolean hasGraphEmbeddings();

    /**
     * Back-propagates the gradients of both outputs into the parameter gradients (accumulating).
     *
     * @param gradNodes gradient with respect to the node embeddings, or null if the loss does not use them
     * @param gradGraphs gradient with respect to the graph embeddings, or null if not used
     */
    void backward(INDArray gradNodes, INDArray gradGraphs);
}
