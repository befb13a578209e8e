package org.graphinfomax.infomax.mi;

/**
 * The value of a bound on a batch of critic scores, in nats.
 *
 * @param value               the reported estimate, always {@code positiveExpectation - negativeExpectation}
 * @param positiveExpectation the joint-sample term, e.g. {@code E_P[g_f(v)]}
 * @param negativeExpectation the marginal-sample term, e.g. {@code E_Q[f*(g_f(v))]} or {@code log E_Q[e^v]}
 * @param loss                the training loss, {@code -objective}; the objective is the reported bound
 *                            except for the JS-trained estimator, whose objective is the JSD bound
 */
public record BoundValue(double value, double positiveExpectation, double negativeExpectation, double loss) {

    /** @return a bound whose training objective is its own value: {@code loss = -value} */
    static BoundValue ofTerms(double positiveExpectation, double negativeExpectation) {
        double value = positiveExpectation - negativeExpectation;
        return new BoundValue(value, positiveExpectation, negativeExpectation, -value);
    }
}
