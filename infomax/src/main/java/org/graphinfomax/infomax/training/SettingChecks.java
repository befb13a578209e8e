package org.graphinfomax.infomax.training;

import org.nd4j.linalg.api.buffer.DataType;

/**
 * Range checks of model settings, each throwing an {@link IllegalArgumentException} whose message
 * names the setting and the rejected value ("batch size must be at least 2, got 1"). The model
 * configurations and builders use them so that a check and its wording are written once.
 */
public final class SettingChecks {

    private SettingChecks() {
    }

    /**
     * Throws unless {@code condition} holds.
     *
     * @throws IllegalArgumentException with {@code message} if the condition is false
     */
    public static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }

    /**
     * Requires a whole number of at least 1.
     *
     * @return the value
     * @throws IllegalArgumentException "{@code name} must be positive, got {@code value}"
     */
    public static int positive(int value, String name) {
        require(value >= 1, name + " must be positive, got " + value);
        return value;
    }

    /**
     * Requires a whole number of at least {@code min}.
     *
     * @return the value
     * @throws IllegalArgumentException "{@code name} must be at least {@code min}, got {@code value}"
     */
    public static int atLeast(int value, int min, String name) {
        require(value >= min, name + " must be at least " + min + ", got " + value);
        return value;
    }

    /**
     * Requires a finite number above 0 (NaN and infinity are rejected).
     *
     * @return the value
     * @throws IllegalArgumentException "{@code name} must be positive, got {@code value}"
     */
    public static double positive(double value, String name) {
        require(value > 0 && Double.isFinite(value), name + " must be positive, got " + value);
        return value;
    }

    /**
     * Requires a finite number of at least 0 (NaN and infinity are rejected).
     *
     * @return the value
     * @throws IllegalArgumentException "{@code name} must be finite and not negative, got {@code value}"
     */
    public static double finiteNotNegative(double value, String name) {
        require(value >= 0 && Double.isFinite(value), name + " must be finite and not negative, got " + value);
        return value;
    }

    /**
     * Requires one of the two data types the models compute in.
     *
     * @return the type
     * @throws IllegalArgumentException "data type must be FLOAT or DOUBLE, got {@code type}"
     */
    public static DataType floatOrDouble(DataType type) {
        require(type == DataType.FLOAT || type == DataType.DOUBLE, "data type must be FLOAT or DOUBLE, got " + type);
        return type;
    }
}
