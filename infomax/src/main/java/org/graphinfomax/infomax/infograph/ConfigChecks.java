package org.graphinfomax.infomax.infograph;

import org.graphinfomax.infomax.training.SettingChecks;

/** Range checks shared by the configurations of this package, in the order the configurations apply them. */
final class ConfigChecks {

    private ConfigChecks() {
    }

    /** Checks the width of the node features and the shape of the GIN encoder. */
    static void encoder(int inputSize, int hiddenSize, int numLayers) {
        SettingChecks.positive(inputSize, "input size");
        SettingChecks.positive(hiddenSize, "hidden size");
        SettingChecks.positive(numLayers, "layer count");
    }

    /** Checks the learning rate, the graphs per mini-batch and the number of epochs. */
    static void training(double learningRate, int batchSize, int epochs) {
        SettingChecks.require(learningRate > 0 && Double.isFinite(learningRate),
                "learning rate must be positive and finite, got " + learningRate);
        SettingChecks.atLeast(batchSize, 2, "batch size");
        SettingChecks.atLeast(epochs, 1, "epochs");
    }
}
