package org.graphinfomax.infomax.eval;

/**
 * Per-column standardisation (as scikit-learn's {@code StandardScaler}): every column is centred
 * on the mean of the fitted rows and divided by their (biased) standard deviation; a column that
 * is constant on the fitted rows is only centred. Fitted on the training rows of a fold only, it
 * is then applied to every row, so the test rows never influence the scaling.
 */
final class ColumnStandardizer {

    private final double[] mean;
    private final double[] scale;

    private ColumnStandardizer(double[] mean, double[] scale) {
        this.mean = mean;
        this.scale = scale;
    }

    /**
     * @param x one row per sample, all finite, at least one row
     * @param rows the rows whose statistics define the scaling
     */
    static ColumnStandardizer fit(double[][] x, int[] rows) {
        int d = x[0].length;
        double[] mean = new double[d];
        for (int r : rows) {
            for (int k = 0; k < d; k++) {
                mean[k] += x[r][k];
            }
        }
        for (int k = 0; k < d; k++) {
            mean[k] /= rows.length;
        }
        double[] scale = new double[d];
        for (int r : rows) {
            for (int k = 0; k < d; k++) {
                double c = x[r][k] - mean[k];
                scale[k] += c * c;
            }
        }
        for (int k = 0; k < d; k++) {
            double std = Math.sqrt(scale[k] / rows.length);
            scale[k] = std > 0 ? std : 1.0;
        }
        return new ColumnStandardizer(mean, scale);
    }

    /** A new matrix: every row of {@code x} standardised with the fitted statistics. */
    double[][] transform(double[][] x) {
        double[][] out = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            double[] row = new double[mean.length];
            for (int k = 0; k < mean.length; k++) {
                row[k] = (x[i][k] - mean[k]) / scale[k];
            }
            out[i] = row;
        }
        return out;
    }
}
