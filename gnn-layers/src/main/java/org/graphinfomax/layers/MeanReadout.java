package org.graphinfomax.layers;

import org.nd4j.linalg.api.ndarray.INDArray;

/** Mean pooling; backward gives each node its graph's gradient divided by the graph's node count. */
public final class MeanReadout implements Readout {

    @Override
    public Forward pool(INDArray nodeEmbeddings, GraphContext ctx) {
        Segments.checkRows(nodeEmbeddings, ctx, this);
        INDArray inverseCounts = ctx.inverseNodeCounts(nodeEmbeddings.dataType());
        INDArray out = Segments.sum(nodeEmbeddings, ctx).muliColumnVector(inverseCounts);
        long d = nodeEmbeddings.columns();
        return new Forward() {
            @Override
            public INDArray output() {
                return out;
            }

            @Override
            public INDArray backward(INDArray g) {
                Segments.checkGraphRows(g, ctx, d, MeanReadout.this);
                return Segments.broadcast(g.muliColumnVector(inverseCounts), ctx);
            }
        };
    }

    @Override
    public String toString() {
        return "MeanReadout";
    }
}
