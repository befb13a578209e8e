package org.graphinfomax.layers;

import org.nd4j.linalg.api.ndarray.INDArray;

/** Sum pooling (GIN's and InfoGraph's readout); backward copies each graph's gradient to its nodes. */
public final class SumReadout implements Readout {

    @Override
    public Forward pool(INDArray nodeEmbeddings, GraphContext ctx) {
        Segments.checkRows(nodeEmbeddings, ctx, this);
        INDArray out = Segments.sum(nodeEmbeddings, ctx);
        long d = nodeEmbeddings.columns();
        return new Forward() {
            @Override
            public INDArray output() {
                return out;
            }

            @Override
            public INDArray backward(INDArray g) {
                Segments.checkGraphRows(g, ctx, d, SumReadout.this);
                return Segments.broadcast(g, ctx);
            }
        };
    }

    @Override
    public String toString() {
        return "SumReadout";
    }
}
