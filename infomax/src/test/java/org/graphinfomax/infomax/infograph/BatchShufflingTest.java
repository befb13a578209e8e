package org.graphinfomax.infomax.infograph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.graphinfomax.graph.Graph;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * The reference shuffles its data set once and its {@code DataLoader} does not reshuffle, so every
 * epoch sees the same mini-batches; InfoGraph does the same by default. With a learning rate so
 * small that the parameters stay put, the mean training loss of an epoch (batch statistics, hence
 * a function of the batch composition only) is then the same every epoch, whereas reshuffling
 * changes it.
 */
class BatchShufflingTest {

    private static double[] losses(boolean reshuffle) {
        List<Graph> graphs = TinyGraphs.graphs(24, 3, 5);
        InfoGraph model = InfoGraph.builder(3).hiddenSize(4).numLayers(2).batchSize(5).epochs(3).learningRate(1e-12)
                .dataType(DataType.DOUBLE).reshuffleEveryEpoch(reshuffle).seed(9).build();
        return model.fit(graphs).losses();
    }

    @Test
    void defaultKeepsTheSameMiniBatchesEveryEpoch() {
        double[] l = losses(false);
        assertEquals(l[0], l[1], 1e-9 * Math.abs(l[0]));
        assertEquals(l[0], l[2], 1e-9 * Math.abs(l[0]));
        assertFalse(InfoGraph.builder(3).config().reshuffleEveryEpoch());
    }

    @Test
    void reshufflingDrawsNewMiniBatches() {
        double[] l = losses(true);
        assertTrue(Math.abs(l[0] - l[1]) > 1e-6 * Math.abs(l[0]) || Math.abs(l[1] - l[2]) > 1e-6 * Math.abs(l[1]),
                "reshuffled epochs should differ: " + java.util.Arrays.toString(l));
    }

    @Test
    void theSettingSurvivesTheJsonRoundTrip() {
        InfoGraphConfig c = InfoGraph.builder(3).reshuffleEveryEpoch(true).config();
        assertEquals(c, InfoGraphConfig.fromJson(c.toJson()));
    }
}
