package org.graphinfomax.infomax.dgi;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.Arrays;
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
        JsonObject o = new JsonObject();
        o.addProperty("inputSize", inputSize);
        JsonArray hidden = new JsonArray();
        for (int h : hiddenSizes) {
            hidden.add(h);
        }
        o.add("hiddenSizes", hidden);
        o.addProperty("activation", activation.name());
        o.addProperty("objective", objective);
        o.addProperty("learningRate", learningRate);
        o.addProperty("weightDecay", weightDecay);
        o.addProperty("maxEpochs", maxEpochs);
        o.addProperty("patience", patience);
        o.addProperty("seed", seed);
        o.addProperty("dataType", dataType.name());
        return o;
    }

    /** Reads settings written by {@link #toJson()}. */
    public static DgiConfig fromJson(JsonObject o) {
        JsonArray hidden = o.getAsJsonArray("hiddenSizes");
        int[] sizes = new int[hidden.size()];
        for (int i = 0; i < sizes.length; i++) {
            sizes[i] = hidden.get(i).getAsInt();
        }
        return new DgiConfig(o.get("inputSize").getAsInt(), sizes, Activation.valueOf(o.get("activation").getAsString()),
                o.get("objective").getAsString(), o.get("learningRate").getAsDouble(), o.get("weightDecay").getAsDouble(),
                o.get("maxEpochs").getAsInt(), o.get("patience").getAsInt(), o.get("seed").getAsLong(),
                DataType.valueOf(o.get("dataType").getAsString()));
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
