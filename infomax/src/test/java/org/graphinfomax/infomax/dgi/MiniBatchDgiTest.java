package org.graphinfomax.infomax.dgi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.graphinfomax.graph.Graph;
import org.graphinfomax.graph.generate.CommunityFeatures;
import org.graphinfomax.graph.generate.StochasticBlockModel;
import org.graphinfomax.graph.sampling.MiniBatch;
import org.graphinfomax.graph.sampling.NeighbourSampler;
import org.graphinfomax.graph.sampling.NodeBatches;
import org.graphinfomax.infomax.eval.AccuracySummary;
import org.graphinfomax.infomax.eval.LinearProbe;
import org.graphinfomax.infomax.training.TrainingHistory;
import org.graphinfomax.layers.SageConv;
import org.graphinfomax.layers.SageEncoder;
import org.graphinfomax.layers.check.GradientCheckResult;
import org.graphinfomax.layers.check.GradientChecker;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

class MiniBatchDgiTest {

    private static SageEncoder sage(int inputSize, int... hidden) {
        return SageEncoder.builder(inputSize).hiddenSizes(hidden).build();
    }

    private static Graph sbm(int nodes, int features, double separation, long seed) {
        return StochasticBlockModel.builder(nodes, 4).averageDegree(10).mixing(0.3).seed(seed).build()
                .graph(CommunityFeatures.gaussian(features, separation));
    }

    @Test
    void wholeMiniBatchLossIsGradientChecked() {
        Graph g = sbm(40, 5, 1.0, 1);
        Graph doubleGraph = g.toBuilder().features(g.requireFeatures().toDense(DataType.DOUBLE)).build();
        for (SageConv.Combination combination : SageConv.Combination.values()) {
            MiniBatchDgi dgi = MiniBatchDgi.builder(5)
                    .encoder(SageEncoder.builder(5).hiddenSizes(6, 4).combination(combination).build()).fanouts(3, 2)
                    .dataType(DataType.DOUBLE).seed(2).build();
            MiniBatch batch = new NeighbourSampler(doubleGraph.adjacency(), 3, 2).sample(new int[] {0, 7, 13, 21, 30, 39}, 5);
            GradientCheckResult r = GradientChecker.defaults().checkParameters(dgi.parameters(),
                    backprop -> dgi.trainingLoss(doubleGraph, batch, 11));
            assertTrue(r.passed(), combination + ": " + r.summary());
            assertTrue(r.checked() >= 80, "checked " + r.checked());
        }
    }

    @Test
    void learnsCommunitiesOfASmallSbm() {
        Graph g = sbm(1_200, 16, 1.0, 3);
        MiniBatchDgi dgi = MiniBatchDgi.builder(16).encoder(sage(16, 32, 32)).fanouts(5, 5).batchSize(64).epochs(6)
                .learningRate(0.005).seed(4).build();
        MiniBatchDgi untrained = MiniBatchDgi.builder(16).encoder(sage(16, 32, 32)).fanouts(5, 5).seed(4).build();
        TrainingHistory history = dgi.fit(g);
        assertEquals(6, history.epochCount());
        double[] losses = history.losses();
        assertTrue(losses[5] < losses[0] - 0.1, "the loss falls: " + Arrays.toString(losses));

        int[] labels = g.nodeLabels().orElseThrow();
        int[][] split = NodeBatches.shuffled(g.numNodes(), g.numNodes() / 2, 5);
        LinearProbe probe = LinearProbe.builder().runs(3).seed(1).build();
        AccuracySummary trained = probe.evaluate(dgi.embed(g), labels, split[0], split[1]);
        AccuracySummary random = probe.evaluate(untrained.embed(g), labels, split[0], split[1]);
        assertTrue(trained.mean() > 0.75, "trained probe accuracy " + trained + " (chance 0.25)");
        assertTrue(trained.mean() > random.mean(), "trained " + trained + " vs untrained " + random);
    }

    @Test
    void embeddingsAgreeBetweenLayerWiseAndPerNodeInference() {
        Graph g = sbm(300, 8, 1.0, 6);
        MiniBatchDgi dgi = MiniBatchDgi.builder(8).encoder(sage(8, 10, 6)).fanouts(4, 4).batchSize(32).inferenceBatchSize(70)
                .seed(7).build();
        INDArray all = dgi.embed(g);
        assertEquals(300, all.rows());
        assertEquals(6, all.columns());
        int[] nodes = {299, 0, 150, 17, 42};
        INDArray some = dgi.embed(g, nodes);
        for (int k = 0; k < nodes.length; k++) {
            assertEquals(0.0, all.getRow(nodes[k]).sub(some.getRow(k)).amaxNumber().doubleValue(), 1e-4,
                    "node " + nodes[k]);
        }
        INDArray sampled = dgi.embedSampled(g, nodes, 3);
        assertEquals(nodes.length, sampled.rows());
        assertTrue(sampled.sub(some).amaxNumber().doubleValue() > 0, "sampled neighbourhoods differ from whole ones");
    }

    @Test
    void trainingIsDeterministicPerSeed() {
        Graph g = sbm(400, 8, 1.0, 8);
        MiniBatchDgi one = MiniBatchDgi.builder(8).encoder(sage(8, 8)).fanouts(5).batchSize(50).epochs(2).seed(9).build();
        MiniBatchDgi two = MiniBatchDgi.builder(8).encoder(sage(8, 8)).fanouts(5).batchSize(50).epochs(2).seed(9)
                .prefetch(0).build();
        one.fit(g);
        two.fit(g);
        assertEquals(one.parameters().params(), two.parameters().params(), "prefetching does not change the result");
    }

    @Test
    void rejectsIncompatibleSettingsAndGraphs() {
        assertThrows(IllegalArgumentException.class, () -> MiniBatchDgi.builder(4).encoder(sage(4, 8, 8)).fanouts(5).build());
        assertThrows(IllegalArgumentException.class, () -> MiniBatchDgi.builder(4).encoder(sage(6, 8)).fanouts(5).build());
        MiniBatchDgi dgi = MiniBatchDgi.builder(4).encoder(sage(4, 8)).fanouts(5).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> dgi.fit(sbm(40, 5, 1.0, 1)));
        assertTrue(e.getMessage().contains("5 features"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> dgi.embed(sbm(40, 4, 1, 1).toBuilder().features((org.graphinfomax.graph.NodeFeatures) null).build()));
    }
}
