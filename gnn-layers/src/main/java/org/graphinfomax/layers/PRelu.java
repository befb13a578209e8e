package org.graphinfomax.layers;

import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Parametric ReLU of He et al. (ICCV 2015): {@code max(x, 0) + a·min(x, 0)} with a learned slope
 * {@code a}, either one slope shared by all channels (as DGI's reference encoder) or one per
 * channel; slopes start at 0.25 (PyTorch's default).
 *
 * <p>Computed as {@code x + (a - 1)·min(x, 0)}; backward: the slope gradient is the sum of
 * {@code g·min(x, 0)} (per channel: column sums), the input gradient {@code g} where x &gt; 0 and
 * {@code a·g} elsewhere.
 */
public final class PRelu implements ActivationLayer {

    /** PyTorch's default initial slope. */
    public static final double DEFAULT_SLOPE = 0.25;

    private final int channels;
    private final boolean shared;
    private final double initialSlope;
    private Parameter slope;

    private PRelu(int channels, boolean shared, double initialSlope) {
        this.channels = channels;
        this.shared = shared;
        this.initialSlope = initialSlope;
    }

    /** One slope for all channels, starting at 0.25. */
    public static PRelu shared() {
        return new PRelu(1, true, DEFAULT_SLOPE);
    }

    /** One slope per channel, each starting at 0.25. */
    public static PRelu perChannel(int channels) {
        return new PRelu(Bound.positive(channels, "channel count"), false, DEFAULT_SLOPE);
    }

    /** A copy of this activation whose slopes start at {@code value}. */
    public PRelu withInitialSlope(double value) {
        return new PRelu(channels, shared, value);
    }

    /** Whether one slope serves all channels. */
    public boolean isShared() {
        return shared;
    }

    @Override
    public List<ParameterSpec> parameterSpecs() {
        return List.of(ParameterSpec.trainable("slope", Initializer.constant(initialSlope), 1, channels));
    }

    @Override
    public void bind(ParameterViews views) {
        slope = views.get("slope");
    }

    @Override
    public Forward forwardInPlace(INDArray input, GraphContext ctx, ForwardMode mode) {
        INDArray a = Bound.require(slope, this).value();
        if (!shared) {
            Bound.checkInput(input, channels, a, this);
        }
        INDArray negative = Transforms.min(input, 0.0, true);
        double sharedSlopeMinusOne = shared ? a.getDouble(0) - 1.0 : 0.0;
        INDArray slopesMinusOne = shared ? null : a.sub(1.0);
        if (!shared) {
            input.addi(negative.mulRowVector(slopesMinusOne));
        } else {
            InPlace.addScaled(input, sharedSlopeMinusOne, negative);
        }
        return Forward.of(input, g -> {
            if (shared) {
                slope.gradient().addi(InPlace.dot(g, negative));
            } else {
                ColumnSums.accumulate(g.mul(negative), slope.gradient());
            }
            // factor = 1 where x >= 0 and a where x < 0; negative is not needed any more
            INDArray factor = Transforms.step(negative.negi(), false);
            if (shared) {
                factor.muli(sharedSlopeMinusOne).addi(1.0);
            } else {
                factor.muliRowVector(slopesMinusOne).addi(1.0);
            }
            return g.muli(factor);
        });
    }

    /** The current slope values (one, or one per channel), read once for a fused CPU pass. */
    double[] slopeValues() {
        return Bound.require(slope, this).value().toDoubleVector();
    }

    /** The gradient view of the slopes. */
    INDArray slopeGradient() {
        return Bound.require(slope, this).gradient();
    }

    /** True: the backward pass does not read the output. */
    @Override
    public boolean outputReusable() {
        return true;
    }

    @Override
    public String toString() {
        return shared ? "PRelu[shared]" : "PRelu[" + channels + " channels]";
    }
}
