package org.graphinfomax.infomax.mi.critic;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Supplier;
import org.graphinfomax.infomax.mi.CriticScores;
import org.graphinfomax.infomax.mi.MiEstimate;
import org.graphinfomax.infomax.mi.MiEstimator;
import org.graphinfomax.infomax.mi.MiEstimators;
import org.graphinfomax.layers.ForwardMode;
import org.graphinfomax.layers.ParameterStore;
import org.graphinfomax.layers.check.GradientCheckResult;
import org.graphinfomax.layers.check.GradientChecker;
import org.graphinfomax.layers.check.Objective;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * End-to-end central-difference checks in DOUBLE of critic + estimator: the loss of the bound on the K x K
 * score matrix against every critic parameter and both inputs, for both critic types and the staircase
 * estimators (MINE on its first batch, where its moving average is the batch mean).
 */
class CriticGradientCheckTest {

    private static final GradientChecker CHECKER = GradientChecker.defaults();
    private static final int K = 5;

    static List<Arguments> cases() {
        List<Supplier<Critic>> critics = List.of(
                () -> SeparableCritic.of(3, 4, new int[] {6, 5}, 3),
                () -> new ConcatenatedCritic(3, 4, new int[] {6, 5}));
        List<Supplier<MiEstimator>> estimators = List.of(MiEstimators::infoNce, MiEstimators::nwj,
                MiEstimators::jsTrainedNwj, MiEstimators::donskerVaradhan, () -> MiEstimators.mine(0.01));
        return critics.stream().flatMap(c -> estimators.stream().map(e -> Arguments.of(
                c.get().getClass().getSimpleName() + " + " + e.get().name(), c, e))).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void parametersAndInputs(String name, Supplier<Critic> criticFactory, Supplier<MiEstimator> estimatorFactory) {
        Critic critic = criticFactory.get();
        ParameterStore store = ParameterStore.of(DataType.DOUBLE, 11, critic);
        // Random biases: with Glorot weights and zero biases, a pair whose hidden units are all inactive feeds an
        // exact 0 into the next ReLU, a kink where finite differences are one-sided.
        store.params().assign(CriticArrays.gaussian(12, DataType.DOUBLE, 1, (int) store.size()).muli(0.6));
        INDArray x = CriticArrays.gaussian(1, DataType.DOUBLE, K, 3);
        INDArray y = CriticArrays.gaussian(2, DataType.DOUBLE, K, 4);
        PairGradients[] recorded = new PairGradients[1];
        Objective objective = backprop -> {
            CriticForward pass = critic.forward(x, y, ForwardMode.inference());
            CriticScores scores = CriticScores.square(pass.scores());
            MiEstimator estimator = estimatorFactory.get();
            if (!backprop) {
                return estimator.evaluate(scores).loss();
            }
            MiEstimate estimate = estimator.estimate(scores);
            recorded[0] = pass.backward(estimate.gradient());
            return estimate.loss();
        };
        assertPassed(name + " parameters", CHECKER.checkParameters(store, objective));
        assertPassed(name + " x", CHECKER.checkInput("x", x, objective, () -> recorded[0].x()));
        assertPassed(name + " y", CHECKER.checkInput("y", y, objective, () -> recorded[0].y()));
    }

    private static void assertPassed(String what, GradientCheckResult result) {
        assertTrue(result.checked() > 0, what + ": nothing checked");
        assertTrue(result.passed(), what + ": " + result.summary());
    }
}
