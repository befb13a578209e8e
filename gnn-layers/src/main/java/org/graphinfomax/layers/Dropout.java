package org.graphinfomax.layers;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Inverted dropout (Srivastava et al., JMLR 2014): in training each element is zeroed with
 * probability p and the survivors are scaled by 1/(1-p); the mask is drawn from the training
 * mode's seeded generator, so a seed reproduces it. In inference the layer is the identity.
 */
public final class Dropout implements ActivationLayer {

    private final double p;

    /** @param p drop probability in [0, 1) */
    public Dropout(double p) {
        if (!(p >= 0 && p < 1)) {
            throw new IllegalArgumentException("dropout probability must be in [0, 1), got " + p);
        }
        this.p = p;
    }

    /** The drop probability. */
    public double probability() {
        return p;
    }

    @Override
    public Forward forwardInPlace(INDArray input, GraphContext ctx, ForwardMode mode) {
        if (!mode.isTraining() || p == 0) {
            return new Identity().forwardInPlace(input, ctx, mode);
        }
        INDArray mask = Nd4j.rand(Nd4j.createUninitialized(input.dataType(), input.shape()), mode.rng());
        Transforms.step(mask.subi(p), false).muli(1.0 / (1.0 - p));
        INDArray out = input.muli(mask);
        return Forward.of(out, g -> g.muli(mask));
    }

    @Override
    public Forward forward(INDArray input, GraphContext ctx, ForwardMode mode) {
        if (!mode.isTraining() || p == 0) {
            return new Identity().forwardInPlace(input, ctx, mode);
        }
        return forwardInPlace(input.dup(), ctx, mode);
    }

    @Override
    public String toString() {
        return "Dropout[" + p + "]";
    }
}
