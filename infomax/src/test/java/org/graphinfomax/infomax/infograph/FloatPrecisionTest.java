package org.graphinfomax.infomax.infograph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.graphinfomax.datasets.GraphClassificationDataset;
import org.graphinfomax.datasets.TUDataset;
import org.graphinfomax.graph.GraphBatch;
import org.graphinfomax.layers.ForwardMode;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The FLOAT code paths (sparse kernels, fused critic, activations), which the DOUBLE gradient checks
 * do not exercise, give the same loss, gradients and inference embeddings as the DOUBLE ones on a
 * real MUTAG batch of 128 graphs with the same parameters, to float precision.
 */
class FloatPrecisionTest {

    @Test
    void floatTrainingStepMatchesDouble() throws Exception {
        GraphClassificationDataset mutag = TUDataset.load("MUTAG");
        GraphBatch batch = GraphBatch.of(mutag.graphs().subList(0, 128));
        InfoGraph single = InfoGraph.builder(mutag.numFeatures()).seed(4).build();
        InfoGraph dbl = InfoGraph.builder(mutag.numFeatures()).seed(4).dataType(DataType.DOUBLE).build();
        // smaller parameters keep the scores moderate, so the JSD terms are not saturated
        TinyGraphs.shrink(single.parameters(), 0.3, "local.", "global.");
        dbl.parameters().copyParamsFrom(single.parameters());

        single.parameters().zeroGradients();
        dbl.parameters().zeroGradients();
        double lossFloat = single.loss(batch, ForwardMode.training(1), true).total();
        double lossDouble = dbl.loss(batch, ForwardMode.training(1), true).total();
        assertEquals(lossDouble, lossFloat, 1e-4 * Math.max(1, Math.abs(lossDouble)));

        INDArray gFloat = single.parameters().gradients().castTo(DataType.DOUBLE);
        INDArray gDouble = dbl.parameters().gradients();
        double relative = gFloat.sub(gDouble).norm2Number().doubleValue() / gDouble.norm2Number().doubleValue();
        assertTrue(relative < 1e-3, "relative gradient difference FLOAT vs DOUBLE: " + relative);

        INDArray eFloat = single.embed(mutag.graphs()).castTo(DataType.DOUBLE);
        INDArray eDouble = dbl.embed(mutag.graphs());
        double relEmbed = eFloat.sub(eDouble).norm2Number().doubleValue() / eDouble.norm2Number().doubleValue();
        assertTrue(relEmbed < 1e-4, "relative embedding difference FLOAT vs DOUBLE: " + relEmbed);
    }
}
