package org.graphinfomax.infomax.dgi;

import com.google.gson.JsonObject;
import java.util.Arrays;
import org.graphinfomax.infomax.io.RecordJson;
import org.graphinfomax.infomax.mi.NamedMeasure;
import org.graphinfomax.infomax.training.SettingChecks;
import org.graphinfomax.layers.Activation;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * The settings of a {@link DeepGraphInfomax}: the shape of the built-in encoder and the training
 * hyperparameters. Defaults (see {@link DeepGraphInfomax#builder}) are the paper's.
 *
 * @param inputSize node features per node
 * @param hiddenSizes output width of each GCN layer
 * @param activation activation after each layer
 * @param objective "BCE" or the name of a {@link NamedMeasure}
 * @param learningRate Adam's learning rate
 * @param weightDecay L2 weight decay
 * @param maxEpochs upper limit of training epochs
 * @param patience epochs without improvement before early stopping
 * @param seed seed of initialisation, corruption and dropout
 * @param dataType FLOAT or DOUBLE
 */
public record DgiConfig(int inputSize, int[] hiddenSizes, Activation activation, String objective, double learningRate,
        double weightDecay, int maxEpochs, int patience, long seed, DataType dataType) {

    /**
     * Validates.
     *
     * @throws IllegalArgumentException naming the first setting out of range
     */
    public DgiConfig {
        SettingChecks.positive(inputSize, "input size");
        SettingChecks.require(hiddenSizes.length >= 1 && Arrays.stream(hiddenSizes).allMatch(h -> h >= 1),
                "hidden sizes must be positive and at least one, got " + Arrays.toString(hiddenSizes));
        hiddenSizes = hiddenSizes.clone();
        SettingChecks.require(objective.equalsIgnoreCase("BCE") || isMeasure(objective),
                "unknown objective '" + objective + "'; use BCE or one of " + Arrays.toString(NamedMeasure.values()));
        SettingChecks.positive(learningRate, "learning rate");
        SettingChecks.require(weightDecay >= 0 && Double.isFinite(weightDecay),
                "weight decay must not be negative, got " + weightDecay);
        SettingChecks.atLeast(maxEpochs, 1, "max epochs");
        SettingChecks.atLeast(patience, 1, "patience");
        SettingChecks.floatOrDouble(dataType);
    }

    @Override
    public int[] hiddenSizes() {
        return hiddenSizes.clone();
    }

    /** Width of the node embeddings. */
    public int embeddingSize() {
        return hiddenSizes[hiddenSizes.length - 1];
    }

    /** The settings as JSON (for model files and run summaries). */
    public JsonObject toJson() {
        return RecordJson.toJson(this);
    }

    /**
     * Reads settings written by {@link #toJson()}.
     *
     * @throws IllegalArgumentException naming a missing or invalid setting
     */
    public static DgiConfig fromJson(JsonObject o) {
        return RecordJson.fromJson(o, DgiConfig.class);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DgiConfig c && toJson().equals(c.toJson());
    }

    @Override
    public int hashCode() {
        return toJson().hashCode();
    }

    @Override
    public String toString() {
        return "DgiConfig" + toJson();
    }

    private static boolean isMeasure(String name) {
        try {
            NamedMeasure.byName(name);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
