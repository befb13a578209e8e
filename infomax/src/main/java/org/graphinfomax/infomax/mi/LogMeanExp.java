package org.graphinfomax.infomax.mi;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The stable {@code log E[exp(v)]} over a score group (log-sum-exp with the maximum subtracted) and its
 * gradient, the softmax of the scores over the group (zero outside it).
 *
 * @param value   {@code log mean exp(v)} over the group
 * @param softmax d value / d scores, a new array of the scores' shape, or null when not requested
 */
record LogMeanExp(double value, INDArray softmax) {

    /** The Donsker-Varadhan negative expectation as an {@link Expectation}. */
    static final Expectation EXPECTATION = new Expectation() {
        @Override
        public double evaluate(ScoreGroup group, INDArray gradient, double scale) {
            LogMeanExp result = of(group, gradient != null);
            if (gradient != null) {
                StableOps.addScaled(gradient, scale, result.softmax());
            }
            return result.value();
        }

        @Override
        public String formula() {
            return "log mean exp(v)";
        }
    };

    /**
     * @param group        the scores
     * @param withGradient whether to return the softmax as well
     * @return log mean exp of the group's scores
     */
    static LogMeanExp of(ScoreGroup group, boolean withGradient) {
        INDArray shifted = group.scoresForMaximum();
        double max = shifted.maxNumber().doubleValue();
        shifted.subi(max);
        Transforms.exp(shifted, false);
        double sum = StableOps.sum(shifted);
        double value = max + Math.log(sum) - Math.log(group.count());
        return new LogMeanExp(value, withGradient ? shifted.divi(sum) : null);
    }
}
