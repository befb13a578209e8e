package org.graphinfomax.infomax.mi.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.graphinfomax.infomax.mi.CriticScores;
import org.graphinfomax.infomax.mi.MiEstimator;
import org.graphinfomax.infomax.mi.MiEstimators;
import org.graphinfomax.infomax.mi.NamedMeasure;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.memory.conf.WorkspaceConfiguration;
import org.nd4j.linalg.api.memory.enums.AllocationPolicy;
import org.nd4j.linalg.api.memory.enums.LearningPolicy;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Milliseconds per {@code estimate} (forward + backward, FLOAT, inside a workspace) for the layouts the
 * models use: InfoGraph's nodes x graphs matrix, DGI's clean/corrupted score vectors and the K x K critic
 * matrix of the MI experiments. Prints a table; arguments: repetitions (default 30).
 */
public final class EstimatorBenchmark {

    private static final WorkspaceConfiguration WORKSPACE = WorkspaceConfiguration.builder()
            .policyAllocation(AllocationPolicy.STRICT).policyLearning(LearningPolicy.FIRST_LOOP).build();

    private EstimatorBenchmark() {
    }

    /**
     * @param args optional repetition count
     */
    public static void main(String[] args) {
        int repetitions = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        Map<String, Supplier<MiEstimator>> estimators = new LinkedHashMap<>();
        estimators.put("JSD", () -> MiEstimators.measure(NamedMeasure.JSD));
        estimators.put("GAN", () -> MiEstimators.measure(NamedMeasure.GAN));
        estimators.put("DV", MiEstimators::donskerVaradhan);
        estimators.put("MINE", MiEstimators::mine);
        estimators.put("NWJ", MiEstimators::nwj);
        estimators.put("InfoNCE", MiEstimators::infoNce);
        estimators.put("JS->NWJ", MiEstimators::jsTrainedNwj);

        Map<String, Supplier<CriticScores>> layouts = new LinkedHashMap<>();
        int nodes = 4000;
        int graphs = 128;
        int[] graphIndex = new int[nodes];
        for (int node = 0; node < nodes; node++) {
            graphIndex[node] = node * graphs / nodes;
        }
        INDArray infoGraph = random(1, nodes, graphs);
        layouts.put("InfoGraph 4000x128", () -> CriticScores.byGraph(infoGraph, graphIndex));
        INDArray clean = random(2, 1, 19717);
        INDArray corrupted = random(3, 1, 19717);
        layouts.put("DGI pairs 19717", () -> CriticScores.pairs(clean, corrupted));
        INDArray square64 = random(4, 64, 64);
        layouts.put("square 64x64", () -> CriticScores.square(square64));
        INDArray square512 = random(5, 512, 512);
        layouts.put("square 512x512", () -> CriticScores.square(square512));

        System.out.printf("%-20s", "ms per estimate");
        estimators.keySet().forEach(name -> System.out.printf("%10s", name));
        System.out.println();
        for (Map.Entry<String, Supplier<CriticScores>> layout : layouts.entrySet()) {
            System.out.printf("%-20s", layout.getKey());
            for (Supplier<MiEstimator> estimator : estimators.values()) {
                System.out.printf("%10.3f", millisecondsPerEstimate(estimator.get(), layout.getValue(), repetitions));
            }
            System.out.println();
        }
    }

    private static double millisecondsPerEstimate(MiEstimator estimator, Supplier<CriticScores> scores,
                                                  int repetitions) {
        int warmup = Math.max(3, repetitions / 5);
        long start = 0;
        for (int run = 0; run < warmup + repetitions; run++) {
            if (run == warmup) {
                start = System.nanoTime();
            }
            try (MemoryWorkspace workspace = Nd4j.getWorkspaceManager().getAndActivateWorkspace(WORKSPACE, "bench")) {
                estimator.estimate(scores.get());
            }
        }
        return (System.nanoTime() - start) / 1e6 / repetitions;
    }

    private static INDArray random(long seed, int rows, int columns) {
        Random random = new Random(seed);
        float[] values = new float[rows * columns];
        for (int k = 0; k < values.length; k++) {
            values[k] = (float) (2.0 * random.nextGaussian());
        }
        return Nd4j.create(values, new long[] {rows, columns}, DataType.FLOAT);
    }
}
