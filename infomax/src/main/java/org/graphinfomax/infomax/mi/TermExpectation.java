package org.graphinfomax.infomax.mi;

import org.nd4j.linalg.api.ndarray.INDArray;

/** {@code E[h(v)]} over a score group for an element-wise term h, with gradient {@code weights * h'(v)}. */
final class TermExpectation implements Expectation {

    private final ScoreTerm term;

    TermExpectation(ScoreTerm term) {
        this.term = term;
    }

    @Override
    public double evaluate(ScoreGroup group, INDArray gradient, double scale) {
        return group.mean(term, gradient, scale);
    }

    @Override
    public String formula() {
        return term.formula();
    }
}
