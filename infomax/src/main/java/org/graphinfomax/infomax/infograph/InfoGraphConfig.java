package org.graphinfomax.infomax.infograph;

import com.google.gson.JsonObject;
import org.graphinfomax.infomax.io.RecordJson;
import org.graphinfomax.infomax.mi.NamedMeasure;
import org.graphinfomax.infomax.training.SettingChecks;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * The settings of an {@link InfoGraph} model. Defaults (see {@link InfoGraph#builder}) are those
 * of the reference code (sunfanyunn/InfoGraph, {@code unsupervised/}): 5 GIN layers of 32, the
 * JSD measure, Adam with learning rate 0.01, batches of 128 graphs, 20 epochs, no prior.
 *
 * @param inputSize node features per node
 * @param hiddenSize channels of every GIN layer
 * @param numLayers number of GIN layers; embeddings are numLayers x hiddenSize wide
 * @param measure name of the {@link NamedMeasure} of the local-global objective
 * @param learningRate Adam's learning rate (the paper searches {1e-2, 1e-3, 1e-4})
 * @param batchSize graphs per mini-batch
 * @param epochs training epochs (fixed in advance; there is no early stopping)
 * @param priorWeight gamma, the weight of the prior-matching term; 0 switches it off
 * @param seed seed of initialisation, batch shuffling and prior samples
 * @param dataType FLOAT or DOUBLE
 * @param reshuffleEveryEpoch whether every epoch draws new mini-batches; false (the reference's
 *     behaviour: its data set is shuffled once and its {@code DataLoader} does not reshuffle) keeps
 *     the mini-batches of one seeded shuffle for all epochs of a {@link InfoGraph#fit} call
 */
public record InfoGraphConfig(int inputSize, int hiddenSize, int numLayers, String measure, double learningRate,
        int batchSize, int epochs, double priorWeight, long seed, DataType dataType, boolean reshuffleEveryEpoch) {

    /**
     * Validates.
     *
     * @throws IllegalArgumentException naming the first setting out of range
     */
    public InfoGraphConfig {
        ConfigChecks.encoder(inputSize, hiddenSize, numLayers);
        measure = NamedMeasure.byName(measure).name();
        ConfigChecks.training(learningRate, batchSize, epochs);
        SettingChecks.finiteNotNegative(priorWeight, "prior weight");
        SettingChecks.floatOrDouble(dataType);
    }

    /** Width of node and graph embeddings: numLayers x hiddenSize. */
    public int embeddingSize() {
        return numLayers * hiddenSize;
    }

    /** Whether the prior-matching term is on. */
    public boolean usesPrior() {
        return priorWeight > 0;
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
    public static InfoGraphConfig fromJson(JsonObject o) {
        return RecordJson.fromJson(o, InfoGraphConfig.class, "reshuffleEveryEpoch");
    }
}
