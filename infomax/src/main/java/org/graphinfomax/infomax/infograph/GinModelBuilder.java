package org.graphinfomax.infomax.infograph;

import org.graphinfomax.infomax.mi.NamedMeasure;
import org.graphinfomax.infomax.training.TrainingSettingsBuilder;

/**
 * The settings {@link InfoGraph} and {@link InfoGraphStar} share, for their builders to extend:
 * the width of the node features, the shape of the GIN encoders, the MI measure and the
 * mini-batch training schedule, with the reference code's defaults (5 GIN layers of 32, JSD,
 * batches of 128 graphs, 20 epochs). As with every {@link TrainingSettingsBuilder}, the setters
 * only record values; the model's configuration checks them when the model is built.
 *
 * @param <B> the model's builder
 */
public abstract class GinModelBuilder<B extends GinModelBuilder<B>> extends TrainingSettingsBuilder<B> {

    // Read by the builders of this package when they make their configuration.
    final int inputSize;
    int hiddenSize = 32;
    int numLayers = 5;
    String measure = NamedMeasure.JSD.name();
    int batchSize = 128;
    int epochs = 20;

    /**
     * Starts with the defaults and the model's own learning rate.
     *
     * @param inputSize node features per node (checked by the model's configuration)
     * @param defaultLearningRate the model's default learning rate
     */
    GinModelBuilder(int inputSize, double defaultLearningRate) {
        super(defaultLearningRate);
        this.inputSize = inputSize;
    }

    /**
     * Channels of every GIN layer (default 32); {@link InfoGraphStar} also uses it as the hidden
     * width of its prediction head.
     */
    public final B hiddenSize(int value) {
        this.hiddenSize = value;
        return self();
    }

    /** GIN layers of each encoder (default 5, as the reference code; the paper picks from {4, 8, 12}). */
    public final B numLayers(int value) {
        this.numLayers = value;
        return self();
    }

    /**
     * The measure of the MI terms (default JSD): InfoGraph's local-global objective, and in
     * InfoGraph* also the consistency term between the two encoders.
     */
    public final B measure(NamedMeasure value) {
        this.measure = value.name();
        return self();
    }

    /**
     * Graphs per mini-batch (default 128); InfoGraph* takes batches of this size from labelled and
     * unlabelled graphs alike.
     */
    public final B batchSize(int value) {
        this.batchSize = value;
        return self();
    }

    /** Training epochs, passes over the (unlabelled) training graphs (default 20). */
    public final B epochs(int value) {
        this.epochs = value;
        return self();
    }
}
