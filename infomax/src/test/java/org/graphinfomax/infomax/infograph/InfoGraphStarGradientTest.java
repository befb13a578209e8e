package org.graphinfomax.infomax.infograph;

import static org.graphinfomax.infomax.infograph.GradientChecks.CHECKER;
import static org.graphinfomax.infomax.infograph.GradientChecks.assertPassed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.graphinfomax.graph.GraphBatch;
import org.graphinfomax.layers.ForwardMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * End-to-end gradient checks of the semi-supervised objectives in DOUBLE: supervised loss through
 * the prediction head (with dropout, re-seeded identically), InfoGraph's loss on the unlabelled
 * batch, and InfoGraph*'s consistency term through both encoders and projection heads.
 */
class InfoGraphStarGradientTest {

    private static InfoGraphStar model(InfoGraphStar.Variant variant, SupervisedTask task) {
        // a large lambda so that the weighted terms contribute visibly to every gradient
        return InfoGraphStar.builder(3, task).hiddenSize(3).numLayers(2).variant(variant).lambda(0.7).dropout(0.3)
                .seed(21).dataType(DataType.DOUBLE).build();
    }

    @ParameterizedTest
    @EnumSource(InfoGraphStar.Variant.class)
    void classificationObjectiveOfEveryVariant(InfoGraphStar.Variant variant) {
        InfoGraphStar m = model(variant, SupervisedTask.classification(3));
        TinyGraphs.perturb(m.parameters(), 1);
        GraphBatch labelled = TinyGraphs.batch(3, 3, 2);
        GraphBatch unlabelled = TinyGraphs.batch(4, 3, 3);
        INDArray targets = SupervisedTask.classification(3).classTargets(new int[] {2, 0, 1}, DataType.DOUBLE);
        assertPassed(CHECKER.sampling(3, 4).checkParameters(m.parameters(),
                backprop -> m.loss(labelled, targets, unlabelled, ForwardMode.training(5), backprop).total()));
        InfoGraphStar.StepLoss l = m.loss(labelled, targets, unlabelled, ForwardMode.training(5), false);
        assertEquals(variant == InfoGraphStar.Variant.INFOGRAPH_STAR, l.consistency() != 0, l.toString());
        assertEquals(variant != InfoGraphStar.Variant.SUPERVISED_ONLY, l.unsupervised() != 0, l.toString());
    }

    @Test
    void regressionObjectiveOfInfoGraphStar() {
        SupervisedTask task = SupervisedTask.regression(2);
        InfoGraphStar m = model(InfoGraphStar.Variant.INFOGRAPH_STAR, task);
        TinyGraphs.perturb(m.parameters(), 6);
        GraphBatch labelled = TinyGraphs.batch(3, 3, 7);
        GraphBatch unlabelled = TinyGraphs.batch(3, 3, 8);
        INDArray targets = task.valueTargets(new double[][] {{0.5, -1}, {2, 0.1}, {-0.3, 0.7}}, DataType.DOUBLE);
        assertPassed(CHECKER.sampling(2, 9).checkParameters(m.parameters(),
                backprop -> m.loss(labelled, targets, unlabelled, ForwardMode.training(10), backprop).total()));
    }

    @Test
    void crossEntropyMatchesItsDefinition() {
        SupervisedTask task = SupervisedTask.classification(3);
        INDArray logits = Nd4j.createFromArray(new double[][] {{1, 2, 3}, {500, -500, 0}});
        INDArray targets = task.classTargets(new int[] {0, 0}, DataType.DOUBLE);
        SupervisedTask.Loss l = task.loss(logits, targets, true);
        double first = Math.log(Math.exp(1) + Math.exp(2) + Math.exp(3)) - 1;
        assertEquals(first / 2, l.value(), 1e-12, "the second row is predicted with certainty and costs 0");
        double[] g = l.gradient().getRow(0).toDoubleVector();
        double z = Math.exp(1) + Math.exp(2) + Math.exp(3);
        assertEquals((Math.exp(1) / z - 1) / 2, g[0], 1e-12);
        assertEquals(Math.exp(3) / z / 2, g[2], 1e-12);
        assertTrue(Double.isFinite(l.gradient().sumNumber().doubleValue()));
    }

    @Test
    void meanSquaredErrorMatchesItsDefinition() {
        SupervisedTask task = SupervisedTask.regression(2);
        INDArray predictions = Nd4j.createFromArray(new double[][] {{1, 2}, {3, 5}});
        INDArray targets = task.valueTargets(new double[][] {{0, 2}, {3, 3}}, DataType.DOUBLE);
        SupervisedTask.Loss l = task.loss(predictions, targets, true);
        assertEquals((1 + 0 + 0 + 4) / 4.0, l.value(), 1e-12);
        assertEquals(2 * 2 / 4.0, l.gradient().getDouble(1, 1), 1e-12);
    }
}
