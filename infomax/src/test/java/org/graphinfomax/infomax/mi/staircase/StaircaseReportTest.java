package org.graphinfomax.infomax.mi.staircase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.graphinfomax.infomax.mi.critic.MiTrajectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Table, CSV files and acceptance checks on hand-made results (no training). */
class StaircaseReportTest {

    @TempDir
    Path dir;

    private static final StaircaseConfig CONFIG = StaircaseConfig.poole2019().withLevels(2, 4, 6)
            .withSteps(4, 3, 2).withEstimators(List.of(StaircaseEstimator.INFONCE, StaircaseEstimator.NWJ));

    /** A run whose level means are the given values (each level constant), 30 ms for 15 steps: 2000 ms per 1000. */
    private static StaircaseRun run(StaircaseEstimator estimator, double[] means, double independent) {
        double[] steps = new double[means.length * 4];
        for (int i = 0; i < steps.length; i++) {
            steps[i] = means[i / 4];
        }
        MiTrajectory staircase = new MiTrajectory(0, steps, new double[steps.length], 24_000_000);
        MiTrajectory zero = new MiTrajectory(0, new double[] {5, independent, independent},
                new double[3], 6_000_000);
        return new StaircaseRun(CriticType.SEPARABLE, estimator, staircase, means, zero, independent);
    }

    private static StaircaseResult result(double infoNceAtTwo, double nwjAtFour, double nwjIndependent) {
        return new StaircaseResult(CONFIG, List.of(
                run(StaircaseEstimator.INFONCE, new double[] {infoNceAtTwo, 3.1, 3.9}, -0.02),
                run(StaircaseEstimator.NWJ, new double[] {1.9, nwjAtFour, 5.5}, nwjIndependent)));
    }

    @Test
    void parallelRunsGiveTheSameTrajectories() {
        StaircaseConfig tiny = CONFIG.withLevels(2, 4).withSteps(3, 2, 2)
                .withEstimators(List.of(StaircaseEstimator.NWJ, StaircaseEstimator.DV_MINE));
        StaircaseResult serial = new StaircaseExperiment(tiny).run();
        StaircaseResult parallel = new StaircaseExperiment(tiny).run(2);
        assertEquals(2, parallel.runs().size());
        for (int i = 0; i < 2; i++) {
            assertEquals(serial.runs().get(i).estimator(), parallel.runs().get(i).estimator(), "configured order");
            assertEquals(serial.runs().get(i).staircase(), parallel.runs().get(i).staircase());
            assertEquals(serial.runs().get(i).independent(), parallel.runs().get(i).independent());
        }
        assertThrows(IllegalArgumentException.class, () -> new StaircaseExperiment(tiny).run(0));
    }

    @Test
    void tableHasOneRowPerRunWithLevelMeansAndTiming() {
        String table = StaircaseReport.table(result(1.8, 3.7, 0.05));
        String[] lines = table.split("\n");
        assertEquals(3, lines.length, table);
        assertTrue(lines[0].matches("critic\\s+estimator\\s+2 nats\\s+4 nats\\s+6 nats\\s+rho=0\\s+ms/1000 steps"),
                lines[0]);
        assertTrue(lines[1].matches("separable\\s+InfoNCE\\s+1\\.800\\s+3\\.100\\s+3\\.900\\s+-0\\.020\\s+2000"),
                lines[1]);
        assertTrue(lines[2].matches("separable\\s+NWJ\\s+1\\.900\\s+3\\.700\\s+5\\.500\\s+0\\.050\\s+2000"), lines[2]);
    }

    @Test
    void csvFilesHoldEveryStepAndEveryMean() throws IOException {
        StaircaseResult result = result(1.8, 3.7, 0.05);
        Path steps = dir.resolve("steps.csv");
        StaircaseReport.writeSteps(steps, result, CriticType.SEPARABLE);
        List<String> rows = Files.readAllLines(steps);
        assertEquals(List.of("step,true_mi,infonce,nwj", "1,2,1.8,1.9", "2,2,1.8,1.9", "3,2,1.8,1.9", "4,2,1.8,1.9",
                "5,4,3.1,3.7"), rows.subList(0, 6));
        assertEquals("12,6,3.9,5.5", rows.get(12));
        assertEquals(13, rows.size());

        Path summary = dir.resolve("summary.csv");
        StaircaseReport.writeSummary(summary, result);
        List<String> lines = Files.readAllLines(summary);
        assertEquals(1 + 2 * 4, lines.size());
        assertEquals("separable,InfoNCE,staircase,2,1.8000,2,2000.0", lines.get(1));
        assertEquals("separable,NWJ,independent,0,0.0500,2,2000.0", lines.get(8));
        assertThrows(IllegalArgumentException.class,
                () -> StaircaseReport.writeSteps(dir.resolve("x.csv"), result, CriticType.CONCATENATED));
    }

    @Test
    void acceptanceChecksFollowTheIssue() {
        List<StaircaseAcceptance.Check> passing = StaircaseAcceptance.evaluate(result(1.8, 3.7, 0.05));
        assertEquals(List.of(
                "separable InfoNCE at 2 nats within 0.5",
                "separable InfoNCE at 6 nats below log K = 4.16",
                "separable InfoNCE at rho = 0 within 0.1 of 0",
                "separable NWJ at 2 nats within 0.5",
                "separable NWJ at 4 nats within 0.5",
                "separable NWJ at rho = 0 within 0.1 of 0"),
                passing.stream().map(StaircaseAcceptance.Check::description).toList());
        assertTrue(passing.stream().allMatch(StaircaseAcceptance.Check::passed), passing.toString());

        List<StaircaseAcceptance.Check> failing = StaircaseAcceptance.evaluate(result(1.45, 3.45, -0.12));
        assertEquals(Arrays.asList(false, true, true, true, false, false),
                failing.stream().map(StaircaseAcceptance.Check::passed).toList(), failing.toString());
        assertTrue(failing.get(0).toString().startsWith("FAIL separable InfoNCE at 2 nats"), failing.get(0).toString());
        assertFalse(failing.get(4).passed(), "3.45 is more than 0.5 below 4");
    }

    @Test
    void configurationIsValidated() {
        assertThrows(IllegalArgumentException.class, () -> CONFIG.withSteps(4, 3, 5), "window longer than a level");
        assertThrows(IllegalArgumentException.class, () -> CONFIG.withSteps(4, -1, 2));
        assertThrows(IllegalArgumentException.class, () -> CONFIG.withLevels(2, -1));
        assertThrows(IllegalArgumentException.class, () -> CONFIG.withSteps(4, 0, 2).withLevels());
        assertThrows(IllegalArgumentException.class, () -> CONFIG.withEstimators(List.of()));
        assertEquals(CONFIG, CONFIG.withSeed(CONFIG.seed()));
        StaircaseConfig published = StaircaseConfig.poole2019();
        assertEquals(20, published.dimension());
        assertEquals(List.of(2.0, 4.0, 6.0, 8.0, 10.0), Arrays.stream(published.levels()).boxed().toList());
        assertEquals(4000, published.stepsPerLevel());
        assertEquals(1000, published.averageWindow());
        assertEquals(64, published.batchSize());
        assertEquals(5e-4, published.learningRate());
        assertEquals(List.of(256, 256), Arrays.stream(published.hiddenSizes()).boxed().toList());
        assertEquals(32, published.embeddingSize());
        assertEquals(StaircaseEstimator.DV_MINE, StaircaseEstimator.byName("dv/mine"));
        assertEquals(CriticType.CONCATENATED, CriticType.byName("concat"));
        assertThrows(IllegalArgumentException.class, () -> StaircaseEstimator.byName("tuba"));
    }
}
