package org.graphinfomax.layers;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Channel-wise max pooling. Backward routes each graph's gradient to the node holding the maximum
 * of the channel; when several nodes tie for the maximum, the gradient is split equally among them
 * (TensorFlow's segment-max convention; it keeps the computation to ND4J operations, so it also
 * runs on GPU backends).
 */
public final class MaxReadout implements Readout {

    @Override
    public Forward pool(INDArray nodeEmbeddings, GraphContext ctx) {
        Segments.checkRows(nodeEmbeddings, ctx, this);
        INDArray out = Segments.max(nodeEmbeddings, ctx);
        long d = nodeEmbeddings.columns();
        return new Forward() {
            @Override
            public INDArray output() {
                return out;
            }

            @Override
            public INDArray backward(INDArray g) {
                Segments.checkGraphRows(g, ctx, d, MaxReadout.this);
                DataType type = nodeEmbeddings.dataType();
                INDArray isMax = nodeEmbeddings.eq(Segments.broadcast(out, ctx)).castTo(type);
                INDArray ties = Segments.sum(isMax, ctx);
                return isMax.muli(Segments.broadcast(g.divi(ties), ctx));
            }
        };
    }

    @Override
    public String toString() {
        return "MaxReadout";
    }
}
