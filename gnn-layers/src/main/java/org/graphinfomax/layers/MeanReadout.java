package org.graphinfomax.layers;

import org.nd4j.linalg.api.ndarray.INDArray;

/** Mean pooling; backward gives each node its graph's gradient divided by the graph's node count. */
public final class MeanReadout extends SegmentReadout {

    @Override
    INDArray reduce(INDArray nodes, GraphContext ctx) {
        return Segments.sum(nodes, ctx).muliColumnVector(ctx.inverseNodeCounts(nodes.dataType()));
    }

    @Override
    INDArray distribute(INDArray g, INDArray nodes, INDArray pooled, GraphContext ctx) {
        return Segments.broadcast(g.muliColumnVector(ctx.inverseNodeCounts(g.dataType())), ctx);
    }

    @Override
    void distributeInto(INDArray g, INDArray nodes, INDArray pooled, GraphContext ctx, INDArray target) {
        if (ctx.isSingleGraph()) {
            target.addiRowVector(g.muli(1.0 / ctx.numNodes()));
        } else {
            super.distributeInto(g, nodes, pooled, ctx, target);
        }
    }
}
