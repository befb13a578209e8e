package org.graphinfomax.infomax.mi;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The measures selectable by name in Deep InfoMax (Hjelm et al. 2019) and InfoGraph (Sun et al. 2020):
 * positive term {@code Ep(v)} averaged over joint scores and negative term {@code Eq(v)} averaged over
 * marginal scores, with bound {@code E_P[Ep(v)] - E_Q[Eq(v)]} (their {@code get_positive_expectation} and
 * {@code get_negative_expectation}).
 *
 * <p>Relation to {@link FDivergence}: GAN, JSD, RKL and H2 are the f-GAN bounds of GAN, Jensen-Shannon (2 JS),
 * reverse KL and squared Hellinger. KL is NWJ evaluated at {@code v + 1}: {@code E_P[v + 1] - E_Q[e^v]}.
 * DV is Donsker-Varadhan, {@code E_P[v] - log E_Q[e^v]}; W1 is the Wasserstein-1 dual {@code E_P[v] - E_Q[v]}
 * (a divergence only for a 1-Lipschitz critic). X2 is the Pearson chi-squared f-GAN bound
 * {@code E_P[v] - E_Q[v^2/4 + v]}: the reference code's X2 ({@code Ep = v^2}, {@code Eq = -(|v| + 1)^2 / 2})
 * is unbounded above (its objective {@code E_P[v^2] + E_Q[(|v| + 1)^2]/2} grows without limit), so it bounds
 * no divergence and is deliberately not reproduced.
 */
public enum NamedMeasure {

    /** {@code Ep = -softplus(-v)}, {@code Eq = softplus(v)}: the GAN bound, {@code 2 JS - log 4} at the optimum. */
    GAN(FDivergence.GAN),
    /** {@code Ep = log 2 - softplus(-v)}, {@code Eq = softplus(v) - log 2}: 2 JS at the optimum. */
    JSD(FDivergence.JENSEN_SHANNON),
    /** Pearson chi-squared, {@code Ep = v}, {@code Eq = v^2/4 + v}. */
    X2(FDivergence.PEARSON_CHI_SQUARED),
    /** {@code Ep = v + 1}, {@code Eq = e^v}: the NWJ bound on KL, tight at {@code v = log dP/dQ}. */
    KL(Expectation.of(ScoreTerms.linear(1.0)), Expectation.of(ScoreTerms.exponential(0.0, 0.0))),
    /** {@code Ep = -e^(-v)}, {@code Eq = v - 1}: the reverse-KL bound. */
    RKL(FDivergence.REVERSE_KL),
    /** {@code Ep = v}, {@code Eq = log mean exp(v)}: Donsker-Varadhan. */
    DV(Expectation.of(ScoreTerms.linear(0.0)), Expectation.logMeanExp()),
    /** {@code Ep = 1 - e^(-v)}, {@code Eq = e^v - 1}: squared Hellinger. */
    H2(FDivergence.SQUARED_HELLINGER),
    /** {@code Ep = v}, {@code Eq = v}: Wasserstein-1 dual. */
    W1(Expectation.of(ScoreTerms.linear(0.0)), Expectation.of(ScoreTerms.linear(0.0)));

    private final Expectation positive;
    private final Expectation negative;

    NamedMeasure(FDivergence divergence) {
        this(Expectation.of(divergence.positiveTerm()), Expectation.of(divergence.negativeTerm()));
    }

    NamedMeasure(Expectation positive, Expectation negative) {
        this.positive = positive;
        this.negative = negative;
    }

    /**
     * @param name a measure name, case-insensitive, e.g. "jsd"
     * @return the measure
     * @throws IllegalArgumentException naming the unknown name and listing the known ones
     */
    public static NamedMeasure byName(String name) {
        String key = name == null ? "" : name.trim().toUpperCase(Locale.ROOT);
        for (NamedMeasure measure : values()) {
            if (measure.name().equals(key)) {
                return measure;
            }
        }
        throw new IllegalArgumentException("unknown measure '" + name + "'; known measures: "
                + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", ")));
    }

    /** @return the formula of the positive term, e.g. {@code "log 2 - softplus(-v)"} style */
    public String positiveFormula() {
        return positive.formula();
    }

    /** @return the formula of the negative term */
    public String negativeFormula() {
        return negative.formula();
    }

    Expectation positive() {
        return positive;
    }

    Expectation negative() {
        return negative;
    }
}
