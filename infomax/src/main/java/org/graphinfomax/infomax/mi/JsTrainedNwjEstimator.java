package org.graphinfomax.infomax.mi;

/**
 * The JS estimator of Poole et al. 2019 ("On Variational Bounds of Mutual Information", Section 2.3): the
 * critic is trained with the Jensen-Shannon (JSD) objective, whose gradients are stable, and the reported
 * mutual-information estimate is the NWJ bound on the same critic.
 *
 * <p>The JSD objective {@code E_P[log 2 - softplus(-v)] - E_Q[softplus(v) - log 2]} is maximised at
 * {@code v = log dP/dQ}, while NWJ, {@code E_P[T] - E_Q[e^(T-1)]}, is tight at {@code T = 1 + log dP/dQ}.
 * The reported value is therefore NWJ at {@code T = v + offset} with default offset 1, which is exact at the
 * JSD optimum. Offset 0 reproduces the published reference code (NWJ on the raw scores), which falls short of
 * the true mutual information by {@code 1/e} nats at that optimum.
 *
 * <p>{@link MiEstimate#loss()} and the gradients are those of the JSD objective; value and expectation
 * terms are NWJ's. Stateless.
 */
final class JsTrainedNwjEstimator implements MiEstimator {

    private final double offset;
    private final MiEstimator training = MiEstimators.measure(NamedMeasure.JSD);
    private final MiEstimator reporting;

    JsTrainedNwjEstimator(double offset) {
        if (!Double.isFinite(offset)) {
            throw new IllegalArgumentException("NWJ score offset must be finite, got " + offset);
        }
        this.offset = offset;
        this.reporting = new MeasureEstimator("NWJ", Expectation.of(ScoreTerms.linear(offset)),
                Expectation.of(ScoreTerms.exponential(offset - 1.0, 0.0)));
    }

    @Override
    public String name() {
        return offset == 1.0 ? "JS->NWJ" : "JS->NWJ(offset=" + offset + ")";
    }

    @Override
    public MiEstimate estimate(CriticScores scores) {
        MiEstimate trained = training.estimate(scores);
        return new MiEstimate(withTrainingLoss(reporting.evaluate(scores), trained.loss()),
                trained.positiveGradient(), trained.negativeGradient());
    }

    @Override
    public BoundValue evaluate(CriticScores scores) {
        return withTrainingLoss(reporting.evaluate(scores), training.evaluate(scores).loss());
    }

    private static BoundValue withTrainingLoss(BoundValue reported, double loss) {
        return new BoundValue(reported.value(), reported.positiveExpectation(), reported.negativeExpectation(), loss);
    }
}
