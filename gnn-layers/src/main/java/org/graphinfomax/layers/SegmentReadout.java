package org.graphinfomax.layers;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A readout that reduces the node rows of each graph and distributes a per-graph gradient back
 * to the nodes; it checks the shapes of both directions.
 */
abstract class SegmentReadout implements Readout {

    @Override
    public final Forward pool(INDArray nodeEmbeddings, GraphContext ctx) {
        Segments.checkRows(nodeEmbeddings, ctx, this);
        INDArray out = reduce(nodeEmbeddings, ctx);
        long d = nodeEmbeddings.columns();
        return Forward.of(out, g -> {
            Segments.checkGraphRows(g, ctx, d, this);
            return distribute(g, nodeEmbeddings, out, ctx);
        });
    }

    /** The (numGraphs x d) pooled rows. */
    abstract INDArray reduce(INDArray nodes, GraphContext ctx);

    /** The (nodes x d) gradient for the per-graph gradient {@code g} (which may be overwritten). */
    abstract INDArray distribute(INDArray g, INDArray nodes, INDArray pooled, GraphContext ctx);

    @Override
    public String toString() {
        return getClass().getSimpleName();
    }
}
