package org.graphinfomax.infomax.dgi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.graphinfomax.graph.Graph;
import org.graphinfomax.graph.NodeFeatures;
import org.graphinfomax.infomax.mi.NamedMeasure;
import org.graphinfomax.infomax.training.EpochStats;
import org.graphinfomax.infomax.training.TrainingDivergedException;
import org.graphinfomax.infomax.training.TrainingHistory;
import org.graphinfomax.layers.check.GradientCheckResult;
import org.graphinfomax.layers.check.GradientChecker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class DeepGraphInfomaxTest {

    @TempDir
    Path dir;

    private static DeepGraphInfomax.Builder small(int features) {
        return DeepGraphInfomax.builder(features).hiddenSizes(6).dataType(DataType.DOUBLE).seed(3);
    }

    @Test
    void wholeLossIsGradientCheckedWithSparseAndDenseFeatures() {
        for (boolean sparse : new boolean[] {true, false}) {
            Graph g = DgiTestGraphs.twoCommunities(1, 14, 5, DataType.DOUBLE, sparse);
            DeepGraphInfomax dgi = small(5).build();
            GradientCheckResult r = GradientChecker.defaults().checkParameters(dgi.parameters(), backprop -> dgi.trainingLoss(g, 9));
            assertTrue(r.passed(), (sparse ? "sparse: " : "dense: ") + r.summary());
            assertTrue(r.checked() > 60, "checked " + r.checked());
        }
    }

    @Test
    void everyMeasureOfTheFamilyGivesCorrectGradients() {
        Graph g = DgiTestGraphs.twoCommunities(2, 12, 4, DataType.DOUBLE, false);
        for (NamedMeasure measure : List.of(NamedMeasure.JSD, NamedMeasure.DV, NamedMeasure.KL, NamedMeasure.W1)) {
            DeepGraphInfomax dgi = small(4).objective(measure).build();
            GradientCheckResult r = GradientChecker.defaults().checkParameters(dgi.parameters(), backprop -> dgi.trainingLoss(g, 4));
            assertTrue(r.passed(), measure + ": " + r.summary());
        }
    }

    @Test
    void sharedProjectionPathEqualsTheGeneralPath() {
        Graph g = DgiTestGraphs.twoCommunities(3, 16, 5, DataType.DOUBLE, true);
        DeepGraphInfomax fast = small(5).build();
        // Same row shuffle, but wrapped so the model cannot recognise it and encodes both graphs separately.
        Corruption opaque = (NodeFeatures x, Random rng) -> Corruption.rowShuffle().corrupt(x, rng);
        DeepGraphInfomax general = small(5).corruption(opaque).build();
        double a = fast.trainingLoss(g, 11);
        double b = general.trainingLoss(g, 11);
        assertEquals(a, b, 1e-12);
        assertEquals(0, fast.parameters().gradients().sub(general.parameters().gradients()).amaxNumber().doubleValue(), 1e-12);
    }

    @Test
    void trainingIsDeterministicLowersTheLossAndReportsEveryEpoch() {
        Graph g = DgiTestGraphs.twoCommunities(4, 60, 12, DataType.FLOAT, true);
        List<EpochStats> seen = new ArrayList<>();
        DeepGraphInfomax a = DeepGraphInfomax.builder(12).hiddenSizes(16).learningRate(0.01).maxEpochs(40).seed(5).build();
        TrainingHistory h1 = a.fit(g, seen::add);
        TrainingHistory h2 = DeepGraphInfomax.builder(12).hiddenSizes(16).learningRate(0.01).maxEpochs(40).seed(5).build().fit(g);
        assertArrayEquals(h1.losses(), h2.losses());
        assertEquals(h1.epochCount(), seen.size());
        assertTrue(h1.bestLoss() < h1.losses()[0] - 0.05, h1.toString());
        assertEquals(h1.bestEpoch(), a.diagnostics().bestEpoch());
        TrainingHistory h3 = DeepGraphInfomax.builder(12).hiddenSizes(16).learningRate(0.01).maxEpochs(40).seed(6).build().fit(g);
        assertTrue(h3.losses()[5] != h1.losses()[5], "another seed trains differently");
    }

    @Test
    void earlyStoppingKeepsTheBestEpochsWeights() {
        Graph g = DgiTestGraphs.twoCommunities(5, 40, 8, DataType.FLOAT, false);
        DeepGraphInfomax dgi = DeepGraphInfomax.builder(8).hiddenSizes(8).learningRate(0.05).patience(3).seed(1).build();
        TrainingHistory h = dgi.fit(g);
        assertEquals(TrainingHistory.StopReason.EARLY_STOPPING, h.stopReason());
        assertEquals(h.bestEpoch() + 3, h.epochCount());
        // The kept weights reproduce the best epoch's loss for that epoch's corruption: replaying the
        // training run to the best epoch gives the same parameters.
        DeepGraphInfomax replay = DeepGraphInfomax.builder(8).hiddenSizes(8).learningRate(0.05).patience(3)
                .maxEpochs(h.bestEpoch()).seed(1).build();
        replay.fit(g);
        assertEquals(0, replay.parameters().params().sub(dgi.parameters().params()).amaxNumber().doubleValue(), 1e-7);
    }

    @Test
    void saveAndLoadReproduceTheEmbeddings() throws IOException {
        Graph g = DgiTestGraphs.twoCommunities(6, 30, 7, DataType.FLOAT, true);
        DeepGraphInfomax dgi = DeepGraphInfomax.builder(7).hiddenSizes(10).maxEpochs(5).seed(2).build();
        dgi.fit(g);
        Path file = dir.resolve("model.dgi");
        dgi.save(file);
        DeepGraphInfomax loaded = DeepGraphInfomax.load(file);
        assertEquals(dgi.config(), loaded.config());
        assertEquals(dgi.embed(g), loaded.embed(g));
        Graph other = DgiTestGraphs.twoCommunities(7, 20, 9, DataType.FLOAT, true);
        var e = assertThrows(IllegalArgumentException.class, () -> loaded.embed(other));
        assertEquals("the graph has 9 features per node, but this model was built for 7", e.getMessage());
        assertThrows(IllegalStateException.class,
                () -> DeepGraphInfomax.builder(7).corruption((x, r) -> x).build().save(dir.resolve("custom.dgi")));
    }

    @Test
    void badGraphsAreRejectedClearly() {
        DeepGraphInfomax dgi = DeepGraphInfomax.builder(3).hiddenSizes(4).build();
        var e = assertThrows(IllegalArgumentException.class, () -> dgi.fit(Graph.builder(5).build()));
        assertEquals("the graph has no node features; DGI needs 3 features per node", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> dgi.fit(Graph.builder(0).features(Nd4j.zeros(DataType.FLOAT, 0, 3)).build()));
        assertEquals("the graph is empty: DGI needs at least one node", e.getMessage());
        INDArray nan = Nd4j.zeros(DataType.FLOAT, 2, 3);
        nan.putScalar(1, 2, Float.NaN);
        e = assertThrows(IllegalArgumentException.class, () -> Graph.builder(2).features(nan));
        assertEquals("node feature at row 1, column 2 is NaN; values must be finite", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> DeepGraphInfomax.builder(3).learningRate(-1).build());
    }

    @Test
    void aLossThatBecomesNaNStopsTrainingNamingTheEpochAndKeepsTheBestWeights() {
        Graph g = DgiTestGraphs.twoCommunities(8, 30, 6, DataType.FLOAT, false);
        int[] calls = {0};
        DgiObjective bce = DgiObjective.binaryCrossEntropy();
        DgiObjective failing = new DgiObjective() {
            @Override
            public Loss evaluate(INDArray positive, INDArray negative) {
                Loss loss = bce.evaluate(positive, negative);
                return ++calls[0] == 4 ? new Loss(Double.NaN, loss.gradPositive(), loss.gradNegative()) : loss;
            }

            @Override
            public String name() {
                return "failing";
            }
        };
        DeepGraphInfomax dgi = DeepGraphInfomax.builder(6).hiddenSizes(8).objective(failing).seed(4).build();
        var e = assertThrows(TrainingDivergedException.class, () -> dgi.fit(g));
        assertEquals(4, e.epoch());
        assertTrue(e.bestEpoch() >= 1 && e.bestEpoch() <= 3, "best epoch " + e.bestEpoch());
        assertTrue(e.getMessage().startsWith("training loss became NaN at epoch 4; the weights of epoch " + e.bestEpoch()
                + " were kept"), e.getMessage());
        DeepGraphInfomax replay = DeepGraphInfomax.builder(6).hiddenSizes(8).maxEpochs(e.bestEpoch()).seed(4).build();
        replay.fit(g);
        assertEquals(0, replay.parameters().params().sub(dgi.parameters().params()).amaxNumber().doubleValue(), 1e-7);
    }
}
