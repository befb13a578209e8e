package org.graphinfomax.layers;

import org.nd4j.linalg.api.ndarray.INDArray;

/** Sum pooling (GIN's and InfoGraph's readout); backward copies each graph's gradient to its nodes. */
public final class SumReadout extends SegmentReadout {

    @Override
    INDArray reduce(INDArray nodes, GraphContext ctx) {
        return Segments.sum(nodes, ctx);
    }

    @Override
    INDArray distribute(INDArray g, INDArray nodes, INDArray pooled, GraphContext ctx) {
        return Segments.broadcast(g, ctx);
    }
}
