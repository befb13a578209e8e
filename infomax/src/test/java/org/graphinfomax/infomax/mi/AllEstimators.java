package org.graphinfomax.infomax.mi;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Supplier;
import org.junit.jupiter.params.provider.Arguments;

/** Every estimator the package offers, for parameterised tests. */
final class AllEstimators {

    /** The {@code @MethodSource} of parameterised tests over every estimator. */
    static final String SOURCE = "org.graphinfomax.infomax.mi.AllEstimators#all";

    private AllEstimators() {
    }

    /**
     * One estimator with what the tests need to know about it.
     *
     * @param name            display name
     * @param supplier        makes a fresh instance (MINE is stateful)
     * @param optimalCritic   the score at which the bound is tight, as a function of {@code log dP/dQ}
     * @param independentValue the bound at the optimal critic when P = Q (GAN: -log 4, otherwise 0)
     */
    record Case(String name, Supplier<MiEstimator> supplier, DoubleUnaryOperator optimalCritic,
                double independentValue) {

        MiEstimator create() {
            return supplier.get();
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** @return one argument (a {@link Case}) per estimator */
    static List<Arguments> all() {
        List<Arguments> cases = new ArrayList<>();
        for (FDivergence divergence : FDivergence.values()) {
            add(cases, "f-GAN " + divergence, () -> MiEstimators.fDivergence(divergence), divergence);
        }
        add(cases, "measure GAN", () -> MiEstimators.measure(NamedMeasure.GAN), FDivergence.GAN);
        add(cases, "measure JSD", () -> MiEstimators.measure(NamedMeasure.JSD), FDivergence.JENSEN_SHANNON);
        add(cases, "measure X2", () -> MiEstimators.measure(NamedMeasure.X2), FDivergence.PEARSON_CHI_SQUARED);
        add(cases, "measure RKL", () -> MiEstimators.measure(NamedMeasure.RKL), FDivergence.REVERSE_KL);
        add(cases, "measure H2", () -> MiEstimators.measure(NamedMeasure.H2), FDivergence.SQUARED_HELLINGER);
        add(cases, "measure KL", () -> MiEstimators.measure(NamedMeasure.KL), r -> r);
        add(cases, "measure DV", () -> MiEstimators.measure(NamedMeasure.DV), r -> r);
        add(cases, "measure W1", () -> MiEstimators.measure(NamedMeasure.W1), r -> r);
        add(cases, "DV", MiEstimators::donskerVaradhan, r -> r);
        add(cases, "MINE", () -> MiEstimators.mine(0.1), r -> r);
        add(cases, "NWJ", MiEstimators::nwj, r -> 1.0 + r);
        add(cases, "InfoNCE", MiEstimators::infoNce, r -> r);
        add(cases, "JS->NWJ", MiEstimators::jsTrainedNwj, r -> r);
        return cases;
    }

    private static void add(List<Arguments> cases, String name, Supplier<MiEstimator> supplier, FDivergence divergence) {
        Case c = new Case(name, supplier, divergence::optimalScore,
                divergence == FDivergence.GAN ? -Math.log(4.0) : 0.0);
        cases.add(Arguments.of(c));
    }

    private static void add(List<Arguments> cases, String name, Supplier<MiEstimator> supplier,
                            DoubleUnaryOperator optimalCritic) {
        cases.add(Arguments.of(new Case(name, supplier, optimalCritic, 0.0)));
    }
}
