package org.graphinfomax.layers;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Channel-wise max pooling. Backward routes each graph's gradient to the node holding the maximum
 * of the channel; when several nodes tie for the maximum, the gradient is split equally among them
 * (TensorFlow's segment-max convention; it keeps the computation to ND4J operations, so it also
 * runs on GPU backends).
 */
public final class MaxReadout extends SegmentReadout {

    @Override
    INDArray reduce(INDArray nodes, GraphContext ctx) {
        return Segments.max(nodes, ctx);
    }

    @Override
    INDArray distribute(INDArray g, INDArray nodes, INDArray pooled, GraphContext ctx) {
        INDArray isMax = nodes.eq(Segments.broadcast(pooled, ctx)).castTo(nodes.dataType());
        INDArray ties = Segments.sum(isMax, ctx);
        return isMax.muli(Segments.broadcast(g.divi(ties), ctx));
    }
}
