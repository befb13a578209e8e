package org.graphinfomax.infomax.mi;

/**
 * The f-divergences of f-GAN (Nowozin, Cseke and Tomioka 2016, "f-GAN: Training Generative Neural Samplers
 * using Variational Divergence Minimization", Tables 1, 2 and 6), each with its generator f, convex
 * conjugate f*, output activation g_f and the effective domain of f*.
 *
 * <p>{@code D_f(P || Q) = E_Q[f(dP/dQ)]} and, for every critic score v(x), the variational bound
 * {@code D_f(P || Q) >= E_P[g_f(v)] - E_Q[f*(g_f(v))]} holds, with equality when
 * {@code g_f(v) = f'(dP/dQ)} (see {@link #optimalScore(double)}). The activation maps every real score into
 * the domain of f*. {@link #positiveTerm()} is g_f and {@link #negativeTerm()} is f* o g_f, both as stable
 * ND4J terms; {@link MiEstimators#fDivergence(FDivergence)} turns them into an estimator. With P the joint
 * distribution and Q the product of the marginals, the KL bound is the NWJ bound on mutual information.
 *
 * <p>Conventions: the generators are the tabulated ones. The Jensen-Shannon generator
 * {@code f(u) = u log u - (u + 1) log((u + 1)/2)} gives {@code D_f = 2 JS(P, Q)}, twice the Jensen-Shannon
 * divergence (this enum returns that value, in nats, at most {@code 2 log 2}). The GAN generator
 * {@code f(u) = u log u - (u + 1) log(u + 1)} gives {@code 2 JS - log 4}; it is the only one with
 * {@code f(1) != 0} ({@code f(1) = -log 4}), so its divergence is negative for P = Q.
 */
public enum FDivergence {

    /** {@code f(u) = |u - 1| / 2}, {@code g(v) = tanh(v)/2}, {@code f*(t) = t} on {@code [-1/2, 1/2]}. */
    TOTAL_VARIATION("total variation", ScoreTerms.halfTanh(), ScoreTerms.halfTanh(),
            ConjugateDomain.closed(-0.5, 0.5)) {
        @Override
        public double generator(double u) {
            return 0.5 * Math.abs(u - 1.0);
        }

        @Override
        public double generatorDerivative(double u) {
            return 0.5 * Math.signum(u - 1.0);
        }

        @Override
        double conjugateInDomain(double t) {
            return t;
        }

        @Override
        public double activation(double v) {
            return 0.5 * Math.tanh(v);
        }

        @Override
        public double optimalScore(double logRatio) {
            return logRatio == 0 ? 0.0 : Math.copySign(SATURATED_SCORE, logRatio);
        }
    },

    /** {@code f(u) = u log u}, {@code g(v) = v}, {@code f*(t) = exp(t - 1)}: the NWJ / MINE-f bound. */
    KULLBACK_LEIBLER("Kullback-Leibler", ScoreTerms.linear(0.0), ScoreTerms.exponential(-1.0, 0.0),
            ConjugateDomain.REAL_LINE) {
        @Override
        public double generator(double u) {
            return xLogX(u);
        }

        @Override
        public double generatorDerivative(double u) {
            return Math.log(u) + 1.0;
        }

        @Override
        double conjugateInDomain(double t) {
            return Math.exp(t - 1.0);
        }

        @Override
        public double activation(double v) {
            return v;
        }

        @Override
        public double optimalScore(double logRatio) {
            return 1.0 + logRatio;
        }
    },

    /** {@code f(u) = -log u}, {@code g(v) = -exp(-v)}, {@code f*(t) = -1 - log(-t)} on {@code t < 0}. */
    REVERSE_KL("reverse Kullback-Leibler", ScoreTerms.negativeExponential(0.0), ScoreTerms.linear(-1.0),
            ConjugateDomain.below(0.0)) {
        @Override
        public double generator(double u) {
            return -Math.log(u);
        }

        @Override
        public double generatorDerivative(double u) {
            return -1.0 / u;
        }

        @Override
        double conjugateInDomain(double t) {
            return -1.0 - Math.log(-t);
        }

        @Override
        public double activation(double v) {
            return -Math.exp(-v);
        }

        @Override
        public double optimalScore(double logRatio) {
            return logRatio;
        }
    },

    /** {@code f(u) = (u - 1)^2}, {@code g(v) = v}, {@code f*(t) = t^2/4 + t}. */
    PEARSON_CHI_SQUARED("Pearson chi-squared", ScoreTerms.linear(0.0), ScoreTerms.pearsonConjugate(),
            ConjugateDomain.REAL_LINE) {
        @Override
        public double generator(double u) {
            return (u - 1.0) * (u - 1.0);
        }

        @Override
        public double generatorDerivative(double u) {
            return 2.0 * (u - 1.0);
        }

        @Override
        double conjugateInDomain(double t) {
            return 0.25 * t * t + t;
        }

        @Override
        public double activation(double v) {
            return v;
        }

        @Override
        public double optimalScore(double logRatio) {
            return 2.0 * Math.expm1(logRatio);
        }
    },

    /**
     * {@code f(u) = (1 - u)^2 / u}, {@code g(v) = 1 - exp(-v)}, {@code f*(t) = 2 - 2 sqrt(1 - t)} on
     * {@code t <= 1} (f-GAN tabulates {@code t < 1}; the supremum at t = 1 is finite, 2, approached as u grows).
     */
    NEYMAN_CHI_SQUARED("Neyman chi-squared", ScoreTerms.negativeExponential(1.0), ScoreTerms.neymanConjugate(),
            ConjugateDomain.atMost(1.0)) {
        @Override
        public double generator(double u) {
            return (1.0 - u) * (1.0 - u) / u;
        }

        @Override
        public double generatorDerivative(double u) {
            return 1.0 - 1.0 / (u * u);
        }

        @Override
        double conjugateInDomain(double t) {
            return 2.0 - 2.0 * Math.sqrt(1.0 - t);
        }

        @Override
        public double activation(double v) {
            return -Math.expm1(-v);
        }

        @Override
        public double optimalScore(double logRatio) {
            return 2.0 * logRatio;
        }
    },

    /** {@code f(u) = (sqrt(u) - 1)^2}, {@code g(v) = 1 - exp(-v)}, {@code f*(t) = t / (1 - t)} on {@code t < 1}. */
    SQUARED_HELLINGER("squared Hellinger", ScoreTerms.negativeExponential(1.0), ScoreTerms.exponential(0.0, -1.0),
            ConjugateDomain.below(1.0)) {
        @Override
        public double generator(double u) {
            double root = Math.sqrt(u) - 1.0;
            return root * root;
        }

        @Override
        public double generatorDerivative(double u) {
            return 1.0 - 1.0 / Math.sqrt(u);
        }

        @Override
        double conjugateInDomain(double t) {
            return t / (1.0 - t);
        }

        @Override
        public double activation(double v) {
            return -Math.expm1(-v);
        }

        @Override
        public double optimalScore(double logRatio) {
            return 0.5 * logRatio;
        }
    },

    /**
     * {@code f(u) = (u - 1) log u}, {@code g(v) = v},
     * {@code f*(t) = W(e^(1-t)) + 1/W(e^(1-t)) + t - 2} with W the Lambert W function: {@code KL(P||Q) + KL(Q||P)}.
     */
    JEFFREY("Jeffrey", ScoreTerms.linear(0.0), ScoreTerms.jeffreyConjugate(), ConjugateDomain.REAL_LINE) {
        @Override
        public double generator(double u) {
            return (u - 1.0) * Math.log(u);
        }

        @Override
        public double generatorDerivative(double u) {
            return Math.log(u) + 1.0 - 1.0 / u;
        }

        @Override
        double conjugateInDomain(double t) {
            double w = LambertW.w0Exp(1.0 - t);
            return w + 1.0 / w + t - 2.0;
        }

        @Override
        public double activation(double v) {
            return v;
        }

        @Override
        public double optimalScore(double logRatio) {
            return logRatio + 1.0 - Math.exp(-logRatio);
        }
    },

    /**
     * {@code f(u) = u log u - (u + 1) log((u + 1)/2)}, {@code g(v) = log 2 - softplus(-v)},
     * {@code f*(t) = -log(2 - e^t)} on {@code t < log 2}; {@code D_f = 2 JS} (twice the Jensen-Shannon divergence).
     */
    JENSEN_SHANNON("Jensen-Shannon (2 JS)", ScoreTerms.logSigmoid(Math.log(2.0)),
            ScoreTerms.softplus(-Math.log(2.0)), ConjugateDomain.below(Math.log(2.0))) {
        @Override
        public double generator(double u) {
            return xLogX(u) - (u + 1.0) * Math.log((u + 1.0) / 2.0);
        }

        @Override
        public double generatorDerivative(double u) {
            return Math.log(2.0 * u / (1.0 + u));
        }

        @Override
        double conjugateInDomain(double t) {
            return -Math.log(2.0 - Math.exp(t));
        }

        @Override
        public double activation(double v) {
            return Math.log(2.0) - StableOps.softplus(-v);
        }

        @Override
        public double optimalScore(double logRatio) {
            return logRatio;
        }
    },

    /**
     * {@code f(u) = u log u - (u + 1) log(u + 1)}, {@code g(v) = -softplus(-v)}, {@code f*(t) = -log(1 - e^t)}
     * on {@code t < 0}: the GAN discriminator objective, {@code D_f = 2 JS - log 4}, {@code f(1) = -log 4}.
     */
    GAN("GAN", ScoreTerms.logSigmoid(0.0), ScoreTerms.softplus(0.0), ConjugateDomain.below(0.0)) {
        @Override
        public double generator(double u) {
            return xLogX(u) - (u + 1.0) * Math.log(u + 1.0);
        }

        @Override
        public double generatorDerivative(double u) {
            return Math.log(u / (u + 1.0));
        }

        @Override
        double conjugateInDomain(double t) {
            return -Math.log(-Math.expm1(t));
        }

        @Override
        public double activation(double v) {
            return -StableOps.softplus(-v);
        }

        @Override
        public double optimalScore(double logRatio) {
            return logRatio;
        }
    };

    /** The score standing in for +-infinity where the optimal total-variation critic saturates tanh. */
    static final double SATURATED_SCORE = 40.0;

    private final String label;
    private final ScoreTerm positiveTerm;
    private final ScoreTerm negativeTerm;
    private final ConjugateDomain conjugateDomain;

    FDivergence(String label, ScoreTerm positiveTerm, ScoreTerm negativeTerm, ConjugateDomain conjugateDomain) {
        this.label = label;
        this.positiveTerm = positiveTerm;
        this.negativeTerm = negativeTerm;
        this.conjugateDomain = conjugateDomain;
    }

    /**
     * @param u a density ratio {@code dP/dQ > 0}
     * @return the generator f(u), convex, with {@code f(1) = 0} (GAN: {@code -log 4})
     */
    public abstract double generator(double u);

    /**
     * @param u a density ratio {@code > 0}
     * @return f'(u) (for total variation the subgradient {@code sign(u - 1)/2}, 0 at u = 1)
     */
    public abstract double generatorDerivative(double u);

    /**
     * @param t a real number
     * @return the convex conjugate {@code f*(t) = sup_u (t u - f(u))}; positive infinity outside
     *     {@link #conjugateDomain()}
     */
    public final double conjugate(double t) {
        return conjugateDomain.contains(t) ? conjugateInDomain(t) : Double.POSITIVE_INFINITY;
    }

    /** f*(t) for t inside the domain. */
    abstract double conjugateInDomain(double t);

    /**
     * @param v a raw critic score
     * @return the output activation g_f(v), which lies in the domain of f* for every real v
     */
    public abstract double activation(double v);

    /**
     * @param logRatio {@code log dP/dQ} at a point
     * @return the raw critic score v at which the bound is tight there, {@code g_f^-1(f'(dP/dQ))}; for total
     *     variation, whose optimal activation sits at the domain's ends, a saturating score of +-40
     */
    public abstract double optimalScore(double logRatio);

    /** @return the effective domain of f* */
    public ConjugateDomain conjugateDomain() {
        return conjugateDomain;
    }

    /** @return the positive (joint) term g_f(v) as a stable element-wise term */
    public ScoreTerm positiveTerm() {
        return positiveTerm;
    }

    /** @return the negative (marginal) term f*(g_f(v)) as a stable element-wise term */
    public ScoreTerm negativeTerm() {
        return negativeTerm;
    }

    /** @return a human-readable name, e.g. "Jensen-Shannon (2 JS)" */
    public String label() {
        return label;
    }

    private static double xLogX(double u) {
        return u == 0 ? 0.0 : u * Math.log(u);
    }
}
