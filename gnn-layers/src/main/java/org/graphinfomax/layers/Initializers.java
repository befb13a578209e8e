package org.graphinfomax.layers;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.rng.Random;
import org.nd4j.linalg.factory.Nd4j;

/** The built-in {@link Initializer}s. */
final class Initializers {

    static final Initializer XAVIER_UNIFORM = new Initializer() {
        @Override
        public void initialize(INDArray target, Random rng) {
            double bound = Math.sqrt(6.0 / (Initializer.fanIn(target) + Initializer.fanOut(target)));
            Initializer.fillUniform(target, -bound, bound, rng);
        }

        @Override
        public String toString() {
            return "xavierUniform";
        }
    };

    static final Initializer XAVIER_NORMAL = new Initializer() {
        @Override
        public void initialize(INDArray target, Random rng) {
            double std = Math.sqrt(2.0 / (Initializer.fanIn(target) + Initializer.fanOut(target)));
            Nd4j.randn(0.0, std, target, rng);
        }

        @Override
        public String toString() {
            return "xavierNormal";
        }
    };

    private Initializers() {
    }

    /** Every value the same. */
    record Constant(double value) implements Initializer {
        Constant {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("constant initial value must be finite, got " + value);
            }
        }

        @Override
        public void initialize(INDArray target, Random rng) {
            target.assign(value);
        }
    }

    /** Uniform on [low, high). */
    record Uniform(double low, double high) implements Initializer {
        Uniform {
            if (!(low < high) || !Double.isFinite(low) || !Double.isFinite(high)) {
                throw new IllegalArgumentException("uniform initialisation needs finite low < high, got ["
                        + low + ", " + high + ")");
            }
        }

        @Override
        public void initialize(INDArray target, Random rng) {
            Initializer.fillUniform(target, low, high, rng);
        }
    }
}
