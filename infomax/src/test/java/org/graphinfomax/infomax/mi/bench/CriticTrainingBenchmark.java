package org.graphinfomax.infomax.mi.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.graphinfomax.infomax.mi.CriticScores;
import org.graphinfomax.infomax.mi.MiEstimate;
import org.graphinfomax.infomax.mi.MiEstimator;
import org.graphinfomax.infomax.mi.critic.Critic;
import org.graphinfomax.infomax.mi.critic.CriticForward;
import org.graphinfomax.infomax.mi.critic.CriticTrainer;
import org.graphinfomax.infomax.mi.critic.PairedBatch;
import org.graphinfomax.infomax.mi.staircase.CorrelatedGaussian;
import org.graphinfomax.infomax.mi.staircase.CriticType;
import org.graphinfomax.infomax.mi.staircase.StaircaseEstimator;
import org.graphinfomax.infomax.training.StepWorkspace;
import org.graphinfomax.layers.ForwardMode;
import org.graphinfomax.layers.Optimizer;
import org.graphinfomax.layers.ParameterStore;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.rng.Random;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;

/**
 * Time per 1000 training steps of the staircase set-up (d = 20, batch 64, critics with two hidden layers of 256
 * ReLU units, 32-d separable embeddings, Adam, FLOAT, every step in a workspace): wall-clock time, CPU time of
 * the calling thread and of the whole process, median over repeats after a warm-up, for every critic type and
 * estimator; then, per critic type, the CPU time of each phase of an InfoNCE step (sampling, critic forward,
 * estimator, critic backward, Adam).
 *
 * <p>Arguments: steps per repeat (default 1000), repeats (default 3), critic types (default
 * "separable,concatenated").
 */
public final class CriticTrainingBenchmark {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static final int[] HIDDEN = {256, 256};
    private static final int DIMENSION = 20;
    private static final int BATCH = 64;

    private CriticTrainingBenchmark() {
    }

    /** @param args steps per repeat, repeats, critic types */
    public static void main(String[] args) {
        int steps = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        List<CriticType> critics = Arrays.stream((args.length > 2 ? args[2] : "separable,concatenated").split(","))
                .map(CriticType::byName).toList();
        CorrelatedGaussian data = CorrelatedGaussian.withMutualInformation(DIMENSION, 2);
        System.out.printf(Locale.ROOT, "%-13s %-8s %14s %14s %14s%n", "critic", "estimator", "wall ms/1000",
                "thread CPU", "process CPU");
        for (CriticType critic : critics) {
            for (StaircaseEstimator estimator : StaircaseEstimator.values()) {
                double[] wall = new double[repeats];
                double[] cpu = new double[repeats];
                double[] processCpu = new double[repeats];
                try (CriticTrainer trainer = CriticTrainer.builder(critic.create(DIMENSION, HIDDEN, 32), estimator.create())
                        .batchSize(BATCH).seed(1).build()) {
                    trainer.train(data, Math.max(20, steps / 5));
                    for (int r = 0; r < repeats; r++) {
                        long cpuStart = THREADS.getCurrentThreadCpuTime();
                        long processStart = PROCESS.getProcessCpuTime();
                        wall[r] = trainer.train(data, steps).millisPerThousandSteps();
                        cpu[r] = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e3 / steps;
                        processCpu[r] = (PROCESS.getProcessCpuTime() - processStart) / 1e3 / steps;
                    }
                }
                System.out.printf(Locale.ROOT, "%-13s %-8s %14.0f %14.0f %14.0f%n", critic.label(),
                        estimator.label(), median(wall), median(cpu), median(processCpu));
            }
        }
        System.out.printf(Locale.ROOT, "%nCPU ms per InfoNCE step by phase (mean of %d steps)%n", steps);
        System.out.printf(Locale.ROOT, "%-13s %8s %8s %9s %8s %8s %8s%n", "critic", "sample", "forward", "estimator",
                "backward", "Adam", "total");
        for (CriticType critic : critics) {
            phases(critic, data, steps);
        }
    }

    private static void phases(CriticType type, CorrelatedGaussian data, int steps) {
        Critic critic = type.create(DIMENSION, HIDDEN, 32);
        ParameterStore store = ParameterStore.of(DataType.FLOAT, 1, critic);
        Optimizer optimizer = new Optimizer(new Adam(5e-4));
        MiEstimator estimator = StaircaseEstimator.INFONCE.create();
        Random rng = Nd4j.getRandomFactory().getNewRandomInstance(2);
        ForwardMode mode = ForwardMode.training(3);
        StepWorkspace workspace = new StepWorkspace("critic-benchmark-phases");
        long[] phase = new long[5];
        for (int s = -Math.max(20, steps / 5); s < steps; s++) {
            boolean timed = s >= 0;
            workspace.run(() -> {
                long t0 = THREADS.getCurrentThreadCpuTime();
                store.zeroGradients();
                PairedBatch batch = data.sample(BATCH, DataType.FLOAT, rng);
                long t1 = THREADS.getCurrentThreadCpuTime();
                CriticForward pass = critic.forward(batch.x(), batch.y(), mode);
                long t2 = THREADS.getCurrentThreadCpuTime();
                MiEstimate estimate = estimator.estimate(CriticScores.square(pass.scores()));
                long t3 = THREADS.getCurrentThreadCpuTime();
                pass.backward(estimate.gradient());
                long t4 = THREADS.getCurrentThreadCpuTime();
                optimizer.step(store);
                long t5 = THREADS.getCurrentThreadCpuTime();
                if (timed) {
                    phase[0] += t1 - t0;
                    phase[1] += t2 - t1;
                    phase[2] += t3 - t2;
                    phase[3] += t4 - t3;
                    phase[4] += t5 - t4;
                }
                return estimate.value();
            });
        }
        workspace.release();
        double total = Arrays.stream(phase).sum() / 1e6 / steps;
        System.out.printf(Locale.ROOT, "%-13s %8.2f %8.2f %9.2f %8.2f %8.2f %8.2f%n", type.label(),
                phase[0] / 1e6 / steps, phase[1] / 1e6 / steps, phase[2] / 1e6 / steps, phase[3] / 1e6 / steps,
                phase[4] / 1e6 / steps, total);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
