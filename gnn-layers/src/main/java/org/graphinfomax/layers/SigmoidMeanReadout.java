package org.graphinfomax.layers;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * sigmoid(mean of the node embeddings): the summary vector of Deep Graph Infomax (Velickovic et
 * al., ICLR 2019). Backward multiplies by s·(1 - s) and then distributes as the mean does.
 */
public final class SigmoidMeanReadout implements Readout {

    private final MeanReadout mean = new MeanReadout();

    @Override
    public Forward pool(INDArray nodeEmbeddings, GraphContext ctx) {
        Forward meanPass = mean.pool(nodeEmbeddings, ctx);
        INDArray out = Transforms.sigmoid(meanPass.output(), true);
        // s (1 - s) = s - s^2
        return Forward.of(out, g -> meanPass.backward(g.muli(out.sub(out.mul(out)))),
                (g, target) -> meanPass.backwardAccumulate(g.muli(out.sub(out.mul(out))), target));
    }

    @Override
    public String toString() {
        return "SigmoidMeanReadout";
    }
}
