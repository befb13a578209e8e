package org.graphinfomax.layers;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.rng.Random;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Fills a freshly allocated parameter array. Random schemes draw from the seeded generator that
 * {@link ParameterStore} passes in, so a seed fixes every initial value.
 *
 * <p>The Glorot/Xavier schemes follow Glorot and Bengio, "Understanding the difficulty of training
 * deep feedforward neural networks" (AISTATS 2010): uniform on [-a, a] with a = sqrt(6 / (fanIn +
 * fanOut)), or normal with standard deviation sqrt(2 / (fanIn + fanOut)), the same formulas as
 * ND4J's {@code XavierUniformInitScheme} and PyTorch's {@code xavier_uniform_}. They are written
 * here rather than taken from ND4J's weight-init schemes because those draw from ND4J's global
 * generator, which would make the result depend on everything else the process has drawn.
 * For a 2-D (in x out) weight fanIn is the row count and fanOut the column count.
 */
public interface Initializer {

    /**
     * Fills {@code target} (a new array of the parameter's shape, not a view) in place.
     *
     * @param target the array to fill
     * @param rng the seeded generator for random schemes
     */
    void initialize(INDArray target, Random rng);

    /** Glorot/Xavier uniform initialisation. */
    static Initializer xavierUniform() {
        return Initializers.XAVIER_UNIFORM;
    }

    /** Glorot/Xavier normal initialisation. */
    static Initializer xavierNormal() {
        return Initializers.XAVIER_NORMAL;
    }

    /** All zeros (biases, batch norm shift, running means). */
    static Initializer zeros() {
        return new Initializers.Constant(0.0);
    }

    /** All ones (batch norm scale, running variances). */
    static Initializer ones() {
        return new Initializers.Constant(1.0);
    }

    /** Every value equal to {@code value}, e.g. 0.25 for PReLU slopes. */
    static Initializer constant(double value) {
        return new Initializers.Constant(value);
    }

    /** Uniform on [low, high). */
    static Initializer uniform(double low, double high) {
        return new Initializers.Uniform(low, high);
    }

    /** Number of inputs feeding each output: the first dimension of a 2-D weight (1 for vectors). */
    static long fanIn(INDArray target) {
        return target.rank() >= 2 ? target.size(0) : 1;
    }

    /** Number of outputs each input feeds: the last dimension. */
    static long fanOut(INDArray target) {
        return target.size(target.rank() - 1);
    }

    /** Fills {@code target} with uniform values on [low, high) drawn from {@code rng}. */
    static void fillUniform(INDArray target, double low, double high, Random rng) {
        Nd4j.rand(target, rng);
        target.muli(high - low).addi(low);
    }
}
