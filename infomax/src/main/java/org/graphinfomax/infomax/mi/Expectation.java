package org.graphinfomax.infomax.mi;

import org.nd4j.linalg.api.ndarray.INDArray;

/** One side of a bound: an expectation over a {@link ScoreGroup}, with its gradient. */
interface Expectation {

    /**
     * @param group    the scores to average over
     * @param gradient null for a value only; otherwise {@code scale * d(expectation)/d(scores)} is added into it
     *                 (an array of the scores' shape)
     * @param scale    factor of the gradient contribution, e.g. -1 for the loss side of a positive term
     * @return the expectation's value
     */
    double evaluate(ScoreGroup group, INDArray gradient, double scale);

    /** @return the formula, e.g. {@code "softplus(v) - log 2"} or {@code "log mean exp(v)"} */
    String formula();

    /** @return the expectation of an element-wise term: {@code E[h(v)]} */
    static Expectation of(ScoreTerm term) {
        return new TermExpectation(term);
    }

    /** @return the Donsker-Varadhan log-partition {@code log E[exp(v)]} */
    static Expectation logMeanExp() {
        return LogMeanExp.EXPECTATION;
    }
}
