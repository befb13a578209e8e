package org.graphinfomax.graph;

import org.nd4j.linalg.api.ndarray.INDArray;

/** Finds NaN and infinite values in ND4J arrays and reports the first one by position. */
final class FiniteCheck {

    private FiniteCheck() {
    }

    /**
     * @param what names an element in the message, e.g. "node feature"
     * @throws IllegalArgumentException naming the (row, column) of the first non-finite element
     */
    static void requireFinite(INDArray array, String what) {
        if (allFinite(array)) {
            return;
        }
        long cols = Math.max(1, array.columns());
        double[] data = array.dup('c').data().asDouble();
        for (int k = 0; k < data.length; k++) {
            if (!Double.isFinite(data[k])) {
                throw new IllegalArgumentException(what + " at row " + (k / cols) + ", column " + (k % cols)
                        + " is " + data[k] + "; values must be finite");
            }
        }
    }

    /** One native reduction for the common, clean case. */
    static boolean allFinite(INDArray array) {
        return array.isEmpty() || !(array.isInfinite().any() || array.isNaN().any());
    }
}
