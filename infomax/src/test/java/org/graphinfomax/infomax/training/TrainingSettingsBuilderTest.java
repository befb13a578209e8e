package org.graphinfomax.infomax.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.graphinfomax.infomax.dgi.DeepGraphInfomax;
import org.graphinfomax.infomax.dgi.MiniBatchDgi;
import org.graphinfomax.infomax.infograph.InfoGraph;
import org.graphinfomax.infomax.infograph.InfoGraphConfig;
import org.graphinfomax.infomax.infograph.InfoGraphStar;
import org.graphinfomax.infomax.infograph.SupervisedTask;
import org.graphinfomax.infomax.mi.NamedMeasure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * The four model builders share their common settings through {@link TrainingSettingsBuilder}:
 * each keeps its own defaults, the JSON its configuration writes, and the wording of its checks.
 */
class TrainingSettingsBuilderTest {

    private static void fails(String message, Executable building) {
        assertEquals(message, assertThrows(IllegalArgumentException.class, building).getMessage());
    }

    @Test
    void eachModelKeepsItsDefaultsAndItsJson() {
        assertEquals("{\"inputSize\":5,\"hiddenSizes\":[512],\"activation\":\"PRELU\",\"objective\":\"BCE\","
                + "\"learningRate\":0.001,\"weightDecay\":0.0,\"maxEpochs\":10000,\"patience\":20,\"seed\":0,"
                + "\"dataType\":\"FLOAT\"}", DeepGraphInfomax.builder(5).build().config().toJson().toString());
        assertEquals("{\"inputSize\":7,\"hiddenSize\":32,\"numLayers\":5,\"measure\":\"JSD\",\"learningRate\":0.01,"
                + "\"batchSize\":128,\"epochs\":20,\"priorWeight\":0.0,\"seed\":0,\"dataType\":\"FLOAT\","
                + "\"reshuffleEveryEpoch\":false}", InfoGraph.builder(7).config().toJson().toString());
        assertEquals("{\"inputSize\":3,\"hiddenSize\":32,\"numLayers\":5,\"variant\":\"INFOGRAPH_STAR\","
                + "\"task\":\"CLASSIFICATION\",\"outputs\":2,\"lambda\":0.001,\"measure\":\"JSD\",\"dropout\":0.5,"
                + "\"learningRate\":0.001,\"batchSize\":128,\"epochs\":20,\"seed\":0,\"dataType\":\"FLOAT\"}",
                InfoGraphStar.builder(3, SupervisedTask.classification(2)).config().toJson().toString());
    }

    @Test
    void sharedAndOwnSettersChainInAnyOrder() {
        InfoGraphConfig c = InfoGraph.builder(7).seed(3).hiddenSize(16).learningRate(0.05).numLayers(2)
                .dataType(DataType.DOUBLE).measure(NamedMeasure.DV).batchSize(8).epochs(4).prior(true).config();
        assertEquals(new InfoGraphConfig(7, 16, 2, "DV", 0.05, 8, 4, 0.1, 3, DataType.DOUBLE, false), c);
        var dgi = DeepGraphInfomax.builder(5).seed(2).hiddenSizes(8).learningRate(0.01).weightDecay(0.5)
                .dataType(DataType.DOUBLE).maxEpochs(3).build().config();
        assertEquals(0.01, dgi.learningRate());
        assertEquals(2, dgi.seed());
        assertEquals(DataType.DOUBLE, dgi.dataType());
        assertEquals(8, dgi.embeddingSize());
        var star = InfoGraphStar.builder(3, SupervisedTask.regression(1)).learningRate(0.02).lambda(0.5).seed(9)
                .numLayers(3).config();
        assertEquals(0.02, star.learningRate());
        assertEquals(9, star.seed());
        assertEquals(3, star.numLayers());
    }

    @Test
    void checksAtBuildTimeKeepEachModelsWording() {
        fails("learning rate must be positive, got -1.0", () -> DeepGraphInfomax.builder(3).learningRate(-1).build());
        fails("weight decay must not be negative, got -1.0",
                () -> DeepGraphInfomax.builder(3).weightDecay(-1).build());
        fails("patience must be at least 1, got 0", () -> DeepGraphInfomax.builder(3).patience(0).build());
        fails("data type must be FLOAT or DOUBLE, got INT",
                () -> DeepGraphInfomax.builder(3).dataType(DataType.INT).build());
        fails("input size must be positive, got 0", () -> DeepGraphInfomax.builder(0));
        fails("learning rate must be positive and finite, got NaN",
                () -> InfoGraph.builder(3).learningRate(Double.NaN).config());
        fails("epochs must be at least 1, got 0", () -> InfoGraph.builder(3).epochs(0).config());
        fails("layer count must be positive, got 0", () -> InfoGraph.builder(3).numLayers(0).config());
        fails("hidden size must be positive, got 0", () -> InfoGraph.builder(3).hiddenSize(0).config());
        fails("prior weight must be finite and not negative, got -1.0",
                () -> InfoGraph.builder(3).priorWeight(-1).config());
        fails("data type must be FLOAT or DOUBLE, got HALF",
                () -> InfoGraph.builder(3).dataType(DataType.HALF).config());
        fails("lambda must be finite and not negative, got -1.0",
                () -> InfoGraphStar.builder(3, SupervisedTask.regression(1)).lambda(-1).config());
        fails("batch size must be at least 2, got 1",
                () -> InfoGraphStar.builder(3, SupervisedTask.regression(1)).batchSize(1).config());
    }

    @Test
    void miniBatchDgiChecksEachSettingAtOnce() {
        fails("learning rate must be positive, got 0.0", () -> MiniBatchDgi.builder(4).learningRate(0));
        fails("learning rate must be positive, got Infinity",
                () -> MiniBatchDgi.builder(4).learningRate(Double.POSITIVE_INFINITY));
        fails("batch size must be positive, got 0", () -> MiniBatchDgi.builder(4).batchSize(0));
        fails("epochs must be positive, got 0", () -> MiniBatchDgi.builder(4).epochs(0));
        fails("prefetch must be at least 0, got -1", () -> MiniBatchDgi.builder(4).prefetch(-1));
        fails("input size must be positive, got 0", () -> MiniBatchDgi.builder(0));
    }
}
