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
        }, (g, target) -> {
            Segments.checkGraphRows(g, ctx, d, this);
            distributeInto(g, nodeEmbeddings, out, ctx, target);
        });
    }

    /** The (numGraphs x d) pooled rows. */
    abstract INDArray reduce(INDArray nodes, GraphContext ctx);

    /** The (nodes x d) gradient for the per-graph gradient {@code g} (which may be overwritten). */
    abstract INDArray distribute(INDArray g, INDArray nodes, INDArray pooled, GraphContext ctx);

    /** Adds the (nodes x d) gradient for {@code g} to {@code target}; overridden where that needs no temporary. */
    void distributeInto(INDArray g, INDArray nodes, INDArray pooled, GraphContext ctx, INDArray target) {
        target.addi(distribute(g, nodes, pooled, ctx));
    }

    @Override
    public String toString() {
        return getClass().getSimpleName();
    }
}
