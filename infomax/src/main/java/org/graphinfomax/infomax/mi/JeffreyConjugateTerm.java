package org.graphinfomax.infomax.mi;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The Jeffrey-divergence conjugate {@code f*(v) = W(e^(1-v)) + 1/W(e^(1-v)) + v - 2} (Nowozin et al. 2016,
 * Table 6) and its derivative {@code 1/W(e^(1-v))}, the maximiser u of {@code v u - f(u)}.
 *
 * <p>Evaluated on the host through {@link LambertW#logW0Exp(double)}, so that neither e^(1-v) nor its W
 * overflows; {@code 1/W} saturates like the other exponentials (see {@link StableOps}).
 */
final class JeffreyConjugateTerm implements ScoreTerm {

    static final JeffreyConjugateTerm INSTANCE = new JeffreyConjugateTerm();

    private JeffreyConjugateTerm() {
    }

    @Override
    public INDArray value(INDArray scores) {
        double cap = StableOps.expCap(scores.dataType());
        double[] v = StableOps.toHost(scores);
        for (int k = 0; k < v.length; k++) {
            double logW = LambertW.logW0Exp(1.0 - v[k]);
            v[k] = Math.exp(logW) + Math.exp(Math.min(-logW, cap)) + v[k] - 2.0;
        }
        return StableOps.fromHost(v, scores.shape(), scores.dataType());
    }

    @Override
    public INDArray derivative(INDArray scores) {
        double cap = StableOps.expCap(scores.dataType());
        double[] v = StableOps.toHost(scores);
        for (int k = 0; k < v.length; k++) {
            v[k] = Math.exp(Math.min(-LambertW.logW0Exp(1.0 - v[k]), cap));
        }
        return StableOps.fromHost(v, scores.shape(), scores.dataType());
    }

    @Override
    public String formula() {
        return "W(e^(1-v)) + 1/W(e^(1-v)) + v - 2";
    }

    @Override
    public String toString() {
        return formula();
    }
}
