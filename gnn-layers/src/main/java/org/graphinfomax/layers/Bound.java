package org.graphinfomax.layers;

import org.nd4j.linalg.api.ndarray.INDArray;

/** Checks shared by modules that hold bound parameters. */
final class Bound {

    private Bound() {
    }

    /**
     * The parameter, or a clear error if the module was never bound to a store.
     *
     * @throws IllegalStateException if {@code p} is null
     */
    static Parameter require(Parameter p, Object module) {
        if (p == null) {
            throw new IllegalStateException(module + " is not bound to a ParameterStore; build a store with it first");
        }
        return p;
    }

    /**
     * Throws unless {@code input} is a 2-D array with {@code columns} columns of the parameters' type.
     */
    static void checkInput(INDArray input, long columns, INDArray parameter, Object module) {
        if (input.rank() != 2 || input.columns() != columns) {
            throw new IllegalArgumentException(module + " expects a 2-D input with " + columns + " columns, got shape "
                    + java.util.Arrays.toString(input.shape()));
        }
        if (input.dataType() != parameter.dataType()) {
            throw new IllegalArgumentException(module + " has " + parameter.dataType() + " parameters but got a "
                    + input.dataType() + " input");
        }
    }

    /** Throws unless {@code size} is positive. */
    static int positive(int size, String what) {
        if (size < 1) {
            throw new IllegalArgumentException(what + " must be at least 1, got " + size);
        }
        return size;
    }
}
