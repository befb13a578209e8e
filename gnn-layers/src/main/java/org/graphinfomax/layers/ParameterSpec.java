package org.graphinfomax.layers;

import java.util.Arrays;
import java.util.Objects;

/**
 * Describes one parameter array of a module: its name (unique within the module, dotted prefixes
 * are added by composite modules), its shape, how to initialise it, and whether it is trained by
 * gradient descent ({@code trainable}) or is a buffer that the module updates itself (batch norm's
 * running statistics).
 *
 * @param name the parameter's name, e.g. {@code "weight"} or {@code "0.weight"}
 * @param shape the shape of the parameter array
 * @param initializer how {@link ParameterStore} fills it
 * @param trainable true for parameters with gradients, false for buffers
 */
public record ParameterSpec(String name, long[] shape, Initializer initializer, boolean trainable) {

    /** Validates the spec and copies the shape. */
    public ParameterSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(initializer, "initializer");
        if (name.isEmpty()) {
            throw new IllegalArgumentException("parameter name must not be empty");
        }
        if (shape == null || shape.length == 0) {
            throw new IllegalArgumentException("parameter '" + name + "' needs a shape");
        }
        for (long s : shape) {
            if (s < 1) {
                throw new IllegalArgumentException("parameter '" + name + "' has a non-positive dimension in "
                        + Arrays.toString(shape));
            }
        }
        shape = shape.clone();
    }

    /** A trainable parameter. */
    public ParameterSpec(String name, long[] shape, Initializer initializer) {
        this(name, shape, initializer, true);
    }

    /** A trainable parameter of the given shape. */
    public static ParameterSpec trainable(String name, Initializer initializer, long... shape) {
        return new ParameterSpec(name, shape, initializer, true);
    }

    /** A non-trainable buffer (no gradient) of the given shape. */
    public static ParameterSpec buffer(String name, Initializer initializer, long... shape) {
        return new ParameterSpec(name, shape, initializer, false);
    }

    /** The shape (a copy). */
    @Override
    public long[] shape() {
        return shape.clone();
    }

    /** Number of scalar values. */
    public long length() {
        long n = 1;
        for (long s : shape) {
            n = Math.multiplyExact(n, s);
        }
        return n;
    }

    /** The same spec named {@code prefix + name}. */
    public ParameterSpec withPrefix(String prefix) {
        return new ParameterSpec(prefix + name, shape, initializer, trainable);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ParameterSpec s && name.equals(s.name) && Arrays.equals(shape, s.shape)
                && initializer.equals(s.initializer) && trainable == s.trainable;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, Arrays.hashCode(shape), initializer, trainable);
    }

    @Override
    public String toString() {
        return (trainable ? "Parameter[" : "Buffer[") + name + " " + Arrays.toString(shape) + ", " + initializer + "]";
    }
}
