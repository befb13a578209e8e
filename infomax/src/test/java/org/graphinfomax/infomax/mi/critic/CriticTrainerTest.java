package org.graphinfomax.infomax.mi.critic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.graphinfomax.infomax.mi.BoundValue;
import org.graphinfomax.infomax.mi.MiEstimators;
import org.graphinfomax.infomax.mi.staircase.CorrelatedGaussian;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Training a critic: reproducibility, learning, evaluation without side effects, minibatches. */
class CriticTrainerTest {

    /** d = 2, rho = 0.95: I = -log(1 - 0.9025) = 2.33 nats. */
    private static final CorrelatedGaussian DATA = new CorrelatedGaussian(2, 0.95);

    private static CriticTrainer trainer(long seed) {
        return CriticTrainer.builder(SeparableCritic.of(2, 2, new int[] {32}, 8), MiEstimators.infoNce())
                .batchSize(32).learningRate(5e-3).seed(seed).build();
    }

    @Test
    void aSeedReproducesTheRun() {
        try (CriticTrainer a = trainer(7); CriticTrainer b = trainer(7); CriticTrainer c = trainer(8)) {
            MiTrajectory first = a.train(DATA, 25);
            MiTrajectory same = b.train(DATA, 25);
            MiTrajectory other = c.train(DATA, 25);
            assertArrayEquals(first.estimates(), same.estimates());
            assertArrayEquals(first.losses(), same.losses());
            assertEquals(first, same);
            assertNotEquals(first, other);
            assertEquals(25, a.stepsTaken());
            MiTrajectory next = a.train(DATA, 5);
            assertEquals(25, next.firstStep(), "successive calls continue the run");
        }
    }

    @Test
    void learnsMostOfTheInformationOfACorrelatedGaussian() {
        try (CriticTrainer t = trainer(3)) {
            MiTrajectory trajectory = t.train(DATA, 400);
            double start = trajectory.meanEstimate(0, 20);
            double end = trajectory.meanOfLast(100);
            assertTrue(start < 0.8, "an untrained critic estimates little, got " + start);
            // InfoNCE at the optimal critic is about 1.9 nats here (K = 32 caps it at log 32 = 3.47).
            assertTrue(end > 1.5 && end <= Math.log(32), "mean of the last 100 estimates " + end);
            for (int s = 0; s < trajectory.steps(); s++) {
                assertEquals(-trajectory.estimate(s), trajectory.losses()[s], 1e-9, "InfoNCE trains its own value");
            }
            assertTrue(trajectory.elapsedNanos() > 0);
        }
    }

    @Test
    void evaluationLeavesTheCriticAlone() {
        try (CriticTrainer t = trainer(5)) {
            PairedBatch batch = DATA.sample(16, DataType.FLOAT, Nd4j.getRandomFactory().getNewRandomInstance(1));
            INDArray before = t.parameters().params().dup();
            BoundValue value = t.evaluate(batch);
            assertEquals(before, t.parameters().params());
            double trained = t.step(batch);
            assertEquals(value.value(), trained, 1e-5, "step reports the bound before its update");
            assertNotEquals(before, t.parameters().params());
            assertEquals(1, t.stepsTaken());
        }
    }

    @Test
    void minibatchesDrawDistinctAlignedRows() {
        INDArray x = Nd4j.arange(0, 40).reshape(20, 2).castTo(DataType.DOUBLE);
        INDArray y = x.mul(10.0);
        PairSampler sampler = PairSampler.minibatches(x, y);
        org.nd4j.linalg.api.rng.Random rng = Nd4j.getRandomFactory().getNewRandomInstance(4);
        Set<Integer> seen = new HashSet<>();
        for (int draw = 0; draw < 20; draw++) {
            PairedBatch batch = sampler.sample(8, DataType.FLOAT, rng);
            assertEquals(DataType.FLOAT, batch.x().dataType());
            assertTrue(batch.x().mul(10.0).equalsWithEps(batch.y(), 1e-4), "rows stay paired");
            Set<Integer> rows = new HashSet<>();
            for (int i = 0; i < 8; i++) {
                rows.add(batch.x().getInt(i, 0) / 2);
            }
            assertEquals(8, rows.size(), "distinct rows within a batch");
            seen.addAll(rows);
        }
        assertEquals(20, seen.size(), "every row is drawn eventually");
        IllegalArgumentException tooLarge = assertThrows(IllegalArgumentException.class,
                () -> sampler.sample(21, DataType.FLOAT, rng));
        assertTrue(tooLarge.getMessage().contains("20 pairs"), tooLarge.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PairSampler.minibatches(x, y.getRows(0, 1)));
    }

    @Test
    void rejectsInvalidSettings() {
        CriticTrainer.Builder builder = CriticTrainer.builder(SeparableCritic.of(2, 2, new int[] {4}, 2),
                MiEstimators.nwj());
        assertThrows(IllegalArgumentException.class, () -> builder.batchSize(1));
        assertThrows(IllegalArgumentException.class, () -> builder.learningRate(0));
        assertThrows(IllegalArgumentException.class, () -> builder.learningRate(Double.NaN));
        try (CriticTrainer t = builder.build()) {
            assertThrows(IllegalArgumentException.class, () -> t.train(DATA, -1));
            assertEquals(0, t.train(DATA, 0).steps());
        }
    }

    @Test
    void trajectoryStatistics() {
        MiTrajectory a = new MiTrajectory(0, new double[] {1, 2, 3}, new double[] {-1, -2, -3}, 3_000_000);
        MiTrajectory b = new MiTrajectory(3, new double[] {5, 7}, new double[] {-5, -7}, 2_000_000);
        MiTrajectory both = MiTrajectory.concat(java.util.List.of(a, b));
        assertArrayEquals(new double[] {1, 2, 3, 5, 7}, both.estimates());
        assertEquals(0, both.firstStep());
        assertEquals(6.0, both.meanOfLast(2), 1e-12);
        assertEquals(2.0, both.meanEstimate(0, 3), 1e-12);
        assertArrayEquals(new double[] {1, 1.5, 2.5, 4, 6}, both.movingAverage(2), 1e-12);
        assertEquals(1000.0, both.millisPerThousandSteps(), 1e-9, "5 ms over 5 steps is 1000 ms per 1000 steps");
        assertThrows(IllegalArgumentException.class, () -> both.meanEstimate(3, 3));
        assertThrows(IllegalArgumentException.class, () -> both.movingAverage(0));
        assertFalse(both.equals(a));
    }
}
