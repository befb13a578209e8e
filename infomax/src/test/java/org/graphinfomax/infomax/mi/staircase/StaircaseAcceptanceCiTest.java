package org.graphinfomax.infomax.mi.staircase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The CI-sized staircase (issue 5 acceptance) with the published protocol's separable critic and optimiser
 * (d = 20, batch 64, two hidden ReLU layers of 256 units, 32-d embeddings, Adam with learning rate 5e-4), but
 * {@value #STEPS_PER_LEVEL} steps per level, levels 2 and 4 nats only, and the mean over the last
 * {@value #WINDOW} steps of a level; InfoNCE, NWJ and JS on the staircase, all four estimators on independent
 * data (rho = 0, {@value #INDEPENDENT_STEPS} steps). One thread per staircase run, fixed seed.
 *
 * <p>Asserted: every acceptance check of {@link StaircaseAcceptance} reachable in this budget: InfoNCE, NWJ and
 * JS within 0.5 nat at 2 nats, every estimator within 0.1 of 0 at rho = 0. Not asserted: NWJ and JS within
 * 0.5 nat at 4 nats, which this critic does not reach even with the full 4000 steps per level (about 3.0 and
 * 3.3 nats; an independent numpy implementation of the same protocol gives 3.0 for NWJ; see BENCHMARKS.md).
 * Instead the 4-nat level checks that NWJ and JS follow the step up by at least {@value #MIN_RISE} nat and stay
 * lower bounds (below 4.5 nats). The second test asserts NWJ and JS within 0.5 nat at 2 and 4 nats with the
 * concatenated critic, the critic of Poole et al.'s own runs (about 7 CPU minutes on 2 cores).
 */
class StaircaseAcceptanceCiTest {

    private static final Logger LOG = LoggerFactory.getLogger(StaircaseAcceptanceCiTest.class);

    private static final int STEPS_PER_LEVEL = 3000;
    private static final int CONCAT_STEPS_PER_LEVEL = 1500;
    private static final int INDEPENDENT_STEPS = 500;
    private static final int WINDOW = 500;
    private static final double MIN_RISE = 0.5;
    private static final long SEED = 5;

    @Test
    void separableCriticMeetsTheReachableAcceptanceChecks() {
        StaircaseConfig protocol = StaircaseConfig.poole2019().withLevels(2, 4)
                .withSteps(STEPS_PER_LEVEL, INDEPENDENT_STEPS, WINDOW).withSeed(SEED)
                .withCritics(List.of(CriticType.SEPARABLE));
        StaircaseResult staircase = new StaircaseExperiment(protocol.withEstimators(List.of(
                StaircaseEstimator.INFONCE, StaircaseEstimator.NWJ, StaircaseEstimator.JS))).run(3);
        StaircaseResult dvAtZero = new StaircaseExperiment(protocol.withLevels()
                .withEstimators(List.of(StaircaseEstimator.DV_MINE))).run();
        LOG.info("CI staircase:\n{}{}", StaircaseReport.table(staircase), StaircaseReport.table(dvAtZero));

        List<StaircaseAcceptance.Check> checks = new ArrayList<>(StaircaseAcceptance.evaluate(staircase));
        checks.addAll(StaircaseAcceptance.evaluate(dvAtZero));
        String report = checks.stream().map(Object::toString).collect(Collectors.joining("\n"));
        List<StaircaseAcceptance.Check> asserted = checks.stream()
                .filter(c -> !(c.description().contains(" at 4 nats "))).toList();
        // InfoNCE, NWJ and JS at 2 nats; four estimators at rho = 0.
        assertEquals(3 + 4, asserted.size(), report);
        for (StaircaseAcceptance.Check check : asserted) {
            assertTrue(check.passed(), check + "\n" + report);
        }
        for (StaircaseEstimator estimator : List.of(StaircaseEstimator.NWJ, StaircaseEstimator.JS)) {
            StaircaseRun run = staircase.run(CriticType.SEPARABLE, estimator);
            assertTrue(run.levelMean(1) > run.levelMean(0) + MIN_RISE && run.levelMean(1) < 4.5,
                    estimator.label() + " at 4 nats: " + run.levelMean(1) + " after " + run.levelMean(0) + "\n" + report);
        }
    }

    /**
     * NWJ and JS with the concatenated critic (Poole et al.'s default, one MLP on every (x_i, y_j) pair), which
     * the full run shows within 0.5 nat at 2 and 4 nats (BENCHMARKS.md): here {@value #CONCAT_STEPS_PER_LEVEL}
     * steps per level, the last {@value #WINDOW} averaged, and every acceptance check of both levels asserted.
     */
    @Test
    void concatenatedCriticBringsNwjAndJsWithinHalfANatAtTwoAndFourNats() {
        StaircaseConfig protocol = StaircaseConfig.poole2019().withLevels(2, 4)
                .withSteps(CONCAT_STEPS_PER_LEVEL, 0, WINDOW).withSeed(SEED)
                .withCritics(List.of(CriticType.CONCATENATED))
                .withEstimators(List.of(StaircaseEstimator.NWJ, StaircaseEstimator.JS));
        StaircaseResult staircase = new StaircaseExperiment(protocol).run(2);
        LOG.info("CI staircase, concatenated critic:\n{}", StaircaseReport.table(staircase));
        List<StaircaseAcceptance.Check> checks = StaircaseAcceptance.evaluate(staircase);
        String report = checks.stream().map(Object::toString).collect(Collectors.joining("\n"));
        // NWJ and JS, each at 2 and 4 nats.
        assertEquals(4, checks.size(), report);
        for (StaircaseAcceptance.Check check : checks) {
            assertTrue(check.passed(), check + "\n" + report);
        }
    }
}
