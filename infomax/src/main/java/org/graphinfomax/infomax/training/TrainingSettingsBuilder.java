package org.graphinfomax.infomax.training;

import java.util.Objects;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * The settings every trained model of this library has, for the models' builders to extend:
 * Adam's learning rate, the seed of all random choices and the data type of parameters and
 * computation. Setters only record a value; the model's configuration checks the ranges when the
 * model is built, unless a builder checks a setting at once.
 *
 * <p>A model's builder extends this class with itself as {@code B}, so that the setters declared
 * here return that builder and calls chain across both:
 * {@code InfoGraph.builder(7).learningRate(0.01).hiddenSize(32).build()}.
 *
 * @param <B> the model's builder
 */
public abstract class TrainingSettingsBuilder<B extends TrainingSettingsBuilder<B>> {

    /** The learning rate set, or the model's default; subclasses read it when they make the model. */
    protected double learningRate;
    /** The seed set, or 0; subclasses read it when they make the model. */
    protected long seed;
    /** The data type set, or FLOAT; subclasses read it when they make the model. */
    protected DataType dataType = DataType.FLOAT;

    /**
     * Starts with the seed 0, FLOAT and the model's own learning rate.
     *
     * @param defaultLearningRate the model's default learning rate
     */
    protected TrainingSettingsBuilder(double defaultLearningRate) {
        this.learningRate = defaultLearningRate;
    }

    /**
     * Adam's learning rate. The default is the model's own: 0.001 for {@code DeepGraphInfomax},
     * {@code MiniBatchDgi} and {@code InfoGraphStar}, 0.01 for {@code InfoGraph} (the reference
     * code's).
     */
    public B learningRate(double value) {
        this.learningRate = value;
        return self();
    }

    /**
     * Seed of every random choice of the model (default 0): initialisation and, as the model has
     * them, corruption, dropout, batch order and shuffling, neighbour sampling and prior samples.
     */
    public final B seed(long value) {
        this.seed = value;
        return self();
    }

    /** Data type of parameters and computation (default FLOAT; DOUBLE for gradient checks). */
    public final B dataType(DataType value) {
        this.dataType = Objects.requireNonNull(value, "data type");
        return self();
    }

    /** This builder as its own type, for the setters of subclasses to return. */
    @SuppressWarnings("unchecked")
    protected final B self() {
        return (B) this;
    }
}
