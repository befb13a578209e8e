package org.graphinfomax.infomax.infograph;

import static org.graphinfomax.infomax.infograph.GradientChecks.CHECKER;
import static org.graphinfomax.infomax.infograph.GradientChecks.assertPassed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.graphinfomax.graph.GraphBatch;
import org.graphinfomax.infomax.mi.NamedMeasure;
import org.graphinfomax.layers.ForwardMode;
import org.graphinfomax.layers.ParameterStore;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * End-to-end gradient checks of the whole InfoGraph loss (GIN encoder with batch norm in training
 * mode, both projection heads, dot-product critic, masked estimator, optional prior term) on a tiny
 * batch, in DOUBLE, against central differences.
 */
class InfoGraphGradientTest {

    private static InfoGraph tinyModel(NamedMeasure measure, boolean prior) {
        return InfoGraph.builder(4).hiddenSize(3).numLayers(2).measure(measure).prior(prior).seed(11)
                .dataType(DataType.DOUBLE).build();
    }

    @Test
    void wholeJsdLossMatchesFiniteDifferencesInEveryParameter() {
        InfoGraph model = tinyModel(NamedMeasure.JSD, false);
        TinyGraphs.perturb(model.parameters(), 3);
        GraphBatch batch = TinyGraphs.batch(4, 4, 5);
        assertPassed(CHECKER.checkParameters(model.parameters(),
                backprop -> model.loss(batch, ForwardMode.training(1), backprop).total()));
    }

    @ParameterizedTest
    @EnumSource(value = NamedMeasure.class, names = {"GAN", "KL", "RKL", "DV", "H2"})
    void otherMeasuresMatchFiniteDifferences(NamedMeasure measure) {
        InfoGraph model = tinyModel(measure, false);
        TinyGraphs.perturb(model.parameters(), 3);
        // scores of order 1: with scores near 100 the exponential measures (KL, RKL, H2) give
        // losses near 1e44 whose finite differences vanish in double precision
        TinyGraphs.shrink(model.parameters(), 0.3, "local.", "global.");
        GraphBatch batch = TinyGraphs.batch(4, 4, 5);
        assertPassed(CHECKER.sampling(4, 17).checkParameters(model.parameters(),
                backprop -> model.loss(batch, ForwardMode.training(1), backprop).total()));
    }

    @Test
    void priorTermGradientsFollowEachPlayersObjective() {
        InfoGraph model = tinyModel(NamedMeasure.JSD, true);
        ParameterStore discriminator = model.priorParameters().orElseThrow();
        TinyGraphs.perturb(model.parameters(), 4);
        TinyGraphs.perturb(discriminator, 5);
        GraphBatch batch = TinyGraphs.batch(3, 4, 6);
        // the encoder and heads descend localGlobal - prior, the discriminator descends prior;
        // ForwardMode.training(2) redraws the same prior samples on every evaluation
        assertPassed(CHECKER.sampling(6, 3).checkParameters(model.parameters(), backprop -> {
            InfoGraph.BatchLoss l = model.loss(batch, ForwardMode.training(2), backprop);
            return l.localGlobal() - l.prior();
        }));
        assertPassed(CHECKER.sampling(12, 5).checkParameters(discriminator,
                backprop -> model.loss(batch, ForwardMode.training(2), backprop).prior()));
        InfoGraph.BatchLoss l = model.loss(batch, ForwardMode.training(2), false);
        assertTrue(l.prior() > 0, "the prior term is a weighted cross-entropy: " + l);
        assertNotEquals(0.0, l.localGlobal());
    }

    @Test
    void inferenceModeLossHasGradientsToo() {
        InfoGraph model = tinyModel(NamedMeasure.JSD, false);
        TinyGraphs.perturb(model.parameters(), 8);
        GraphBatch batch = TinyGraphs.batch(3, 4, 9);
        assertPassed(CHECKER.sampling(6, 4).checkParameters(model.parameters(),
                backprop -> model.loss(batch, ForwardMode.inference(), backprop).total()));
        assertEquals(0.0, model.loss(batch, ForwardMode.inference(), false).prior());
    }
}
