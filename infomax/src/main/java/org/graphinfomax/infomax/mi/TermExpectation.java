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
        double value = group.meanOf(term.value(group.scores()));
        if (gradient != null) {
            INDArray slope = group.weighInPlace(term.derivative(group.scores()));
            gradient.addi(scale == 1.0 ? slope : slope.muli(scale));
        }
        return value;
    }

    @Override
    public String formula() {
        return term.formula();
    }
}
