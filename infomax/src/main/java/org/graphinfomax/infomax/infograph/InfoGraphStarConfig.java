package org.graphinfomax.infomax.infograph;

import com.google.gson.JsonObject;
import com.google.gson.annotations.SerializedName;
import org.graphinfomax.infomax.io.RecordJson;
import org.graphinfomax.infomax.mi.NamedMeasure;
import org.graphinfomax.infomax.training.SettingChecks;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * The settings of an {@link InfoGraphStar} model (see {@link InfoGraphStar#builder} for the
 * defaults).
 *
 * @param inputSize node features per node
 * @param hiddenSize channels of every GIN layer, and the hidden width of the prediction head
 * @param numLayers GIN layers of each encoder
 * @param variant supervised only, single encoder, or InfoGraph* (two encoders)
 * @param taskKind classification or regression
 * @param outputs classes, or regression targets
 * @param lambda weight of the unsupervised term (single encoder) or of the consistency term
 *     between the two encoders (InfoGraph*)
 * @param measure name of the {@link NamedMeasure} of both MI terms
 * @param dropout dropout probability in the prediction head
 * @param learningRate Adam's learning rate
 * @param batchSize graphs per mini-batch, labelled and unlabelled alike
 * @param epochs training epochs (passes over the unlabelled graphs)
 * @param seed seed of initialisation, shuffling and dropout
 * @param dataType FLOAT or DOUBLE
 */
public record InfoGraphStarConfig(int inputSize, int hiddenSize, int numLayers, InfoGraphStar.Variant variant,
        @SerializedName("task") SupervisedTask.Kind taskKind, int outputs, double lambda, String measure, double dropout,
        double learningRate, int batchSize, int epochs, long seed, DataType dataType) {

    /**
     * Validates.
     *
     * @throws IllegalArgumentException naming the first setting out of range
     */
    public InfoGraphStarConfig {
        ConfigChecks.encoder(inputSize, hiddenSize, numLayers);
        SettingChecks.require(variant != null, "variant must be given");
        SupervisedTask.of(taskKind, outputs);
        SettingChecks.finiteNotNegative(lambda, "lambda");
        measure = NamedMeasure.byName(measure).name();
        SettingChecks.require(dropout >= 0 && dropout < 1, "dropout must be in [0, 1), got " + dropout);
        ConfigChecks.training(learningRate, batchSize, epochs);
        SettingChecks.floatOrDouble(dataType);
    }

    /** Width of the graph embeddings: numLayers x hiddenSize. */
    public int embeddingSize() {
        return numLayers * hiddenSize;
    }

    /** The supervised task. */
    public SupervisedTask task() {
        return SupervisedTask.of(taskKind, outputs);
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
    public static InfoGraphStarConfig fromJson(JsonObject o) {
        return RecordJson.fromJson(o, InfoGraphStarConfig.class);
    }
}
