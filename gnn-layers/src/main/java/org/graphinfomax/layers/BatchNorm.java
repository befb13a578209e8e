package org.graphinfomax.layers;

import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Batch normalisation over nodes (Ioffe and Szegedy, ICML 2015), with PyTorch's
 * {@code BatchNorm1d} conventions: in training the batch mean and the biased batch variance
 * normalise each channel, and the running statistics are updated with momentum 0.1 (the running
 * variance from the unbiased batch variance); in inference the running statistics are used.
 * eps = 1e-5; learned scale (gamma, starting at 1) and shift (beta, starting at 0). The running
 * statistics are non-trainable buffers of the {@link ParameterStore}, so snapshots keep them.
 *
 * <p>Training backward, per channel with x̂ the normalised input and N the number of rows:
 * {@code dx = gamma/(N·sigma)·(N·g - sum(g) - x̂·sum(g·x̂))}, {@code dgamma = sum(g·x̂)},
 * {@code dbeta = sum(g)}.
 */
public final class BatchNorm implements Layer {

    /** PyTorch's default momentum of the running statistics. */
    public static final double DEFAULT_MOMENTUM = 0.1;
    /** PyTorch's default variance epsilon. */
    public static final double DEFAULT_EPS = 1e-5;

    private final int channels;
    private final double momentum;
    private final double eps;
    private Parameter gamma;
    private Parameter beta;
    private Parameter runningMean;
    private Parameter runningVar;

    /** Batch norm with PyTorch's defaults. */
    public BatchNorm(int channels) {
        this(channels, DEFAULT_MOMENTUM, DEFAULT_EPS);
    }

    /**
     * @param channels number of channels
     * @param momentum weight of the new batch statistic in the running averages, in (0, 1]
     * @param eps added to the variance, positive
     */
    public BatchNorm(int channels, double momentum, double eps) {
        this.channels = Bound.positive(channels, "channel count");
        if (!(momentum > 0 && momentum <= 1)) {
            throw new IllegalArgumentException("momentum must be in (0, 1], got " + momentum);
        }
        if (!(eps > 0)) {
            throw new IllegalArgumentException("eps must be positive, got " + eps);
        }
        this.momentum = momentum;
        this.eps = eps;
    }

    @Override
    public List<ParameterSpec> parameterSpecs() {
        return List.of(
                ParameterSpec.trainable("gamma", Initializer.ones(), 1, channels),
                ParameterSpec.trainable("beta", Initializer.zeros(), 1, channels),
                ParameterSpec.buffer("runningMean", Initializer.zeros(), 1, channels),
                ParameterSpec.buffer("runningVar", Initializer.ones(), 1, channels));
    }

    @Override
    public void bind(ParameterViews views) {
        gamma = views.get("gamma");
        beta = views.get("beta");
        runningMean = views.get("runningMean");
        runningVar = views.get("runningVar");
    }

    @Override
    public Forward forward(INDArray input, GraphContext ctx, ForwardMode mode) {
        Bound.checkInput(input, channels, Bound.require(gamma, this).value(), this);
        return mode.isTraining() ? trainingPass(input) : inferencePass(input);
    }

    private Forward trainingPass(INDArray x) {
        long n = x.rows();
        if (n < 2) {
            throw new IllegalArgumentException(this + " needs at least 2 rows in training mode, got " + n);
        }
        INDArray mean = ColumnSums.mean(x);
        INDArray normalized = x.subRowVector(mean);
        INDArray var = ColumnSums.mean(normalized.mul(normalized));
        runningMean.value().muli(1 - momentum).addi(mean.muli(momentum));
        runningVar.value().muli(1 - momentum).addi(var.mul(momentum * n / (n - 1.0)));
        INDArray invStd = Transforms.pow(var.addi(eps), -0.5, false);
        normalized.muliRowVector(invStd);
        INDArray out = normalized.mulRowVector(gamma.value()).addiRowVector(beta.value());
        INDArray scale = gamma.value().mul(invStd);
        return Forward.of(out, g -> {
            INDArray sumG = ColumnSums.of(g);
            INDArray gTimesNormalized = g.mul(normalized);
            INDArray sumGN = ColumnSums.of(gTimesNormalized);
            beta.gradient().addi(sumG);
            gamma.gradient().addi(sumGN);
            INDArray correction = gTimesNormalized.assign(normalized).muliRowVector(sumGN);
            return g.muli(n).subiRowVector(sumG).subi(correction).muliRowVector(scale.divi(n));
        });
    }

    private Forward inferencePass(INDArray x) {
        INDArray invStd = Transforms.pow(runningVar.value().add(eps), -0.5, false);
        INDArray scale = gamma.value().mul(invStd);
        INDArray mean = runningMean.value().dup();
        INDArray out = x.subRowVector(mean).muliRowVector(scale).addiRowVector(beta.value());
        return Forward.of(out, g -> {
            ColumnSums.accumulate(g, beta.gradient());
            ColumnSums.accumulate(x.subRowVector(mean).muliRowVector(invStd).muli(g), gamma.gradient());
            return g.muliRowVector(scale);
        });
    }

    /** True: the backward pass does not read the output. */
    @Override
    public boolean outputReusable() {
        return true;
    }

    @Override
    public String toString() {
        return "BatchNorm[" + channels + "]";
    }
}
