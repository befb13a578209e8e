package org.graphinfomax.infomax.infograph;

import org.nd4j.linalg.api.buffer.DataType;

/** Range checks shared by the configurations of this package. */
final class ConfigChecks {

    private ConfigChecks() {
    }

    static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    static void learningRate(double value) {
        require(value > 0 && Double.isFinite(value), "learning rate must be positive and finite, got " + value);
    }

    static void dataType(DataType type) {
        require(type == DataType.FLOAT || type == DataType.DOUBLE, "data type must be FLOAT or DOUBLE, got " + type);
    }
}
