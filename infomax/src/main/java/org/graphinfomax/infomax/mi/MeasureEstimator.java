package org.graphinfomax.infomax.mi;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The bound {@code E_P[pos(v)] - E_Q[neg(v)]}: every f-divergence bound, every Deep InfoMax measure, NWJ and
 * Donsker-Varadhan without moving average. Stateless.
 */
final class MeasureEstimator implements MiEstimator {

    private final String name;
    private final Expectation positive;
    private final Expectation negative;

    MeasureEstimator(String name, Expectation positive, Expectation negative) {
        this.name = name;
        this.positive = positive;
        this.negative = negative;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public MiEstimate estimate(CriticScores scores) {
        INDArray[] gradients = MiEstimate.zeroGradients(scores);
        double positiveValue = positive.evaluate(scores.positive(), gradients[0], -1.0);
        double negativeValue = negative.evaluate(scores.negative(), gradients[1], 1.0);
        return new MiEstimate(BoundValue.ofTerms(positiveValue, negativeValue), gradients[0], gradients[1]);
    }

    @Override
    public BoundValue evaluate(CriticScores scores) {
        return BoundValue.ofTerms(positive.evaluate(scores.positive(), null, 0.0),
                negative.evaluate(scores.negative(), null, 0.0));
    }

    @Override
    public String toString() {
        return name + ": E_P[" + positive.formula() + "] - E_Q[" + negative.formula() + "]";
    }
}
