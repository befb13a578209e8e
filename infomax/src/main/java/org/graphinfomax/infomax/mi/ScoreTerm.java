package org.graphinfomax.infomax.mi;

import java.util.Objects;
import java.util.function.UnaryOperator;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * An element-wise function h(v) of critic scores with its derivative h'(v), evaluated with ND4J ops.
 *
 * <p>Estimators average such terms over the positive or negative entries of a score array. Both methods
 * return a new array of the scores' shape and data type and leave the scores untouched.
 */
public interface ScoreTerm {

    /**
     * @param scores critic scores (FLOAT or DOUBLE)
     * @return a new array h(scores)
     */
    INDArray value(INDArray scores);

    /**
     * @param scores critic scores (FLOAT or DOUBLE)
     * @return a new array h'(scores)
     */
    INDArray derivative(INDArray scores);

    /** @return the formula of h in terms of the score v, e.g. {@code "softplus(v) - log 2"} */
    String formula();

    /**
     * @param formula   the formula of h, for messages and logs
     * @param value     computes h on a whole array, returning a new array
     * @param derivative computes h' on a whole array, returning a new array
     * @return a term made of the two functions
     */
    static ScoreTerm of(String formula, UnaryOperator<INDArray> value, UnaryOperator<INDArray> derivative) {
        Objects.requireNonNull(formula, "formula");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(derivative, "derivative");
        return new ScoreTerm() {
            @Override
            public INDArray value(INDArray scores) {
                return value.apply(scores);
            }

            @Override
            public INDArray derivative(INDArray scores) {
                return derivative.apply(scores);
            }

            @Override
            public String formula() {
                return formula;
            }

            @Override
            public String toString() {
                return formula;
            }
        };
    }
}
