package org.graphinfomax.infomax.mi;

/**
 * Factories of every bound behind {@link MiEstimator}.
 *
 * <table>
 *   <caption>Bounds on mutual information I(X; Y) from critic scores T</caption>
 *   <tr><th>factory</th><th>value</th><th>optimal critic</th></tr>
 *   <tr><td>{@link #donskerVaradhan()}</td><td>{@code E_P[T] - log E_Q[e^T]}</td><td>{@code log p(y|x)/p(y) + c}</td></tr>
 *   <tr><td>{@link #mine(double)}</td><td>DV with MINE's moving-average gradient</td><td>same</td></tr>
 *   <tr><td>{@link #nwj()}</td><td>{@code E_P[T] - E_Q[e^(T - 1)]}</td><td>{@code 1 + log p(y|x)/p(y)}</td></tr>
 *   <tr><td>{@link #infoNce()}</td><td>{@code log K + mean_i (T_ii - logsumexp_j T_ij)}, at most log K</td>
 *       <td>{@code log p(y|x) + c(x)}</td></tr>
 *   <tr><td>{@link #jsTrainedNwj()}</td><td>NWJ at T = v + 1, trained with JSD</td><td>{@code v = log p(y|x)/p(y)}</td></tr>
 * </table>
 * plus every {@link FDivergence} bound and every {@link NamedMeasure}.
 */
public final class MiEstimators {

    /** MINE's moving-average rate in the reference implementation. */
    public static final double DEFAULT_MINE_RATE = 0.01;

    private MiEstimators() {
    }

    /**
     * @param divergence the f-divergence
     * @return the f-GAN bound {@code E_P[g_f(v)] - E_Q[f*(g_f(v))]} on {@code D_f(P || Q)}
     */
    public static MiEstimator fDivergence(FDivergence divergence) {
        return new MeasureEstimator("f-GAN " + divergence.label(), Expectation.of(divergence.positiveTerm()),
                Expectation.of(divergence.negativeTerm()));
    }

    /**
     * @param measure the named measure
     * @return the Deep InfoMax / InfoGraph measure's bound {@code E_P[Ep(v)] - E_Q[Eq(v)]}
     */
    public static MiEstimator measure(NamedMeasure measure) {
        return new MeasureEstimator(measure.name(), measure.positive(), measure.negative());
    }

    /**
     * @param name a measure name as in Deep InfoMax and InfoGraph: GAN, JSD, X2, KL, RKL, DV, H2, W1
     * @return {@link #measure(NamedMeasure)} of {@link NamedMeasure#byName(String)}
     */
    public static MiEstimator measure(String name) {
        return measure(NamedMeasure.byName(name));
    }

    /** @return Donsker-Varadhan with the plain batch gradient (stateless) */
    public static MiEstimator donskerVaradhan() {
        return new MeasureEstimator("DV", NamedMeasure.DV.positive(), NamedMeasure.DV.negative());
    }

    /**
     * @param rate weight of the current batch in the moving average of {@code E_Q[e^T]}, in (0, 1]
     * @return a new stateful MINE estimator
     */
    public static MineEstimator mine(double rate) {
        return new MineEstimator(rate);
    }

    /** @return a new MINE estimator with rate {@value #DEFAULT_MINE_RATE} */
    public static MineEstimator mine() {
        return new MineEstimator(DEFAULT_MINE_RATE);
    }

    /** @return NWJ / MINE-f, {@code E_P[T] - E_Q[e^(T - 1)]} (the f-GAN KL bound) */
    public static MiEstimator nwj() {
        FDivergence kl = FDivergence.KULLBACK_LEIBLER;
        return new MeasureEstimator("NWJ", Expectation.of(kl.positiveTerm()), Expectation.of(kl.negativeTerm()));
    }

    /** @return InfoNCE, see {@link CriticScores} for the matrix and pairs layouts */
    public static MiEstimator infoNce() {
        return new InfoNceEstimator();
    }

    /** @return the JS-trained estimator reporting NWJ at {@code v + 1} (exact at the JSD optimum) */
    public static MiEstimator jsTrainedNwj() {
        return new JsTrainedNwjEstimator(1.0);
    }

    /**
     * @param nwjScoreOffset c in the reported {@code NWJ(v + c)}; 0 reproduces Poole et al.'s reference code
     * @return the JS-trained estimator with that offset
     */
    public static MiEstimator jsTrainedNwj(double nwjScoreOffset) {
        return new JsTrainedNwjEstimator(nwjScoreOffset);
    }
}
