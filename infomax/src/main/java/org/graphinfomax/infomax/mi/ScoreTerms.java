package org.graphinfomax.infomax.mi;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The element-wise terms from which f-divergence bounds and the Deep InfoMax measures are assembled, all
 * in numerically stable form (see {@link StableOps}: softplus without overflow, saturating exponentials).
 *
 * <p>Notation: v is the raw critic score, {@code softplus(x) = log(1 + e^x)}, {@code sigmoid(x) = 1/(1 + e^-x)}.
 */
public final class ScoreTerms {

    private static final ScoreTerm HALF_TANH = ScoreTerm.of("tanh(v) / 2",
            v -> Transforms.tanh(v, true).muli(0.5),
            v -> {
                INDArray t = Transforms.tanh(v, true);
                return t.muli(t).rsubi(1.0).muli(0.5);
            });

    private static final ScoreTerm PEARSON_CONJUGATE = ScoreTerm.of("v^2 / 4 + v",
            v -> v.mul(v).muli(0.25).addi(v),
            v -> v.mul(0.5).addi(1.0));

    private static final ScoreTerm NEYMAN_CONJUGATE = ScoreTerm.of("2 - 2 exp(-v / 2)",
            v -> StableOps.exp(v, -0.5, 0.0).muli(-2.0).addi(2.0),
            v -> StableOps.exp(v, -0.5, 0.0));

    private ScoreTerms() {
    }

    /**
     * @param offset constant added to the score
     * @return the term {@code v + offset} (derivative 1)
     */
    public static ScoreTerm linear(double offset) {
        return ScoreTerm.of(withOffset("v", offset),
                v -> offset == 0 ? v.dup() : v.add(offset),
                v -> Nd4j.onesLike(v));
    }

    /**
     * @param shift  constant added to the score inside the exponential
     * @param offset constant added to the exponential
     * @return the term {@code exp(v + shift) + offset}, saturating (derivative {@code exp(v + shift)})
     */
    public static ScoreTerm exponential(double shift, double offset) {
        return ScoreTerm.of(withOffset(shift == 0 ? "exp(v)" : withOffset("exp(v", shift) + ")", offset),
                v -> {
                    INDArray e = StableOps.exp(v, 1.0, shift);
                    return offset == 0 ? e : e.addi(offset);
                },
                v -> StableOps.exp(v, 1.0, shift));
    }

    /**
     * @param offset constant added to the term
     * @return the term {@code offset - exp(-v)}, saturating (derivative {@code exp(-v)})
     */
    public static ScoreTerm negativeExponential(double offset) {
        return ScoreTerm.of(withOffset("-exp(-v)", offset),
                v -> {
                    INDArray e = StableOps.exp(v, -1.0, 0.0).negi();
                    return offset == 0 ? e : e.addi(offset);
                },
                v -> StableOps.exp(v, -1.0, 0.0));
    }

    /**
     * @param offset constant added to the term
     * @return the term {@code offset + log sigmoid(v) = offset - softplus(-v)} (derivative {@code sigmoid(-v)})
     */
    public static ScoreTerm logSigmoid(double offset) {
        return ScoreTerm.of(withOffset("-softplus(-v)", offset),
                v -> {
                    INDArray s = StableOps.softplus(v, -1.0).negi();
                    return offset == 0 ? s : s.addi(offset);
                },
                v -> StableOps.sigmoid(v, -1.0));
    }

    /**
     * @param offset constant added to the term
     * @return the term {@code softplus(v) + offset} (derivative {@code sigmoid(v)})
     */
    public static ScoreTerm softplus(double offset) {
        return ScoreTerm.of(withOffset("softplus(v)", offset),
                v -> {
                    INDArray s = StableOps.softplus(v, 1.0);
                    return offset == 0 ? s : s.addi(offset);
                },
                v -> StableOps.sigmoid(v, 1.0));
    }

    /** @return the term {@code tanh(v) / 2}, the total-variation output activation */
    public static ScoreTerm halfTanh() {
        return HALF_TANH;
    }

    /** @return the term {@code v^2/4 + v}, the Pearson chi-squared conjugate at the identity activation */
    public static ScoreTerm pearsonConjugate() {
        return PEARSON_CONJUGATE;
    }

    /** @return the term {@code 2 - 2 exp(-v/2)}, the Neyman chi-squared conjugate of {@code 1 - exp(-v)} */
    public static ScoreTerm neymanConjugate() {
        return NEYMAN_CONJUGATE;
    }

    /**
     * @return the Jeffrey conjugate at the identity activation, {@code W(e^(1-v)) + 1/W(e^(1-v)) + v - 2},
     *     with derivative {@code 1/W(e^(1-v))}; evaluated on the host (one bulk copy each way) because
     *     ND4J has no Lambert W op
     */
    public static ScoreTerm jeffreyConjugate() {
        return JeffreyConjugateTerm.INSTANCE;
    }

    private static String withOffset(String base, double offset) {
        if (offset == 0) {
            return base;
        }
        String magnitude = Math.abs(offset) == Math.log(2.0) ? "log 2" : Double.toString(Math.abs(offset));
        return base + (offset > 0 ? " + " : " - ") + magnitude;
    }
}
