package org.graphinfomax.infomax.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The failure seen on NCI1 (InfoGraph embeddings whose batch-norm channels active on rare nodes
 * reach 1e7 in a few graphs): one column with huge values on a few samples makes gamma = 'scale'
 * so small that the RBF kernel is almost constant on the informative columns and the SVM falls to
 * chance; standardising the columns on the training folds restores the accuracy.
 */
class SvmStandardizationTest {

    @Test
    void oneOutlierColumnDefeatsTheRawProtocolButNotTheStandardisedOne() {
        ClusteredData data = ClusteredData.generate(11, 200, 8, 2, 6);
        double[][] x = data.x.toDoubleMatrix();
        double[][] withOutliers = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            withOutliers[i] = java.util.Arrays.copyOf(x[i], x[i].length + 1);
            withOutliers[i][x[i].length] = i % 50 == 0 ? 1e7 : 0.0;
        }
        INDArray embeddings = Nd4j.createFromArray(withOutliers);
        SvmCrossValidation.Builder protocol = SvmCrossValidation.builder().repeats(2).seed(3).threads(2);
        double clean = protocol.standardize(false).build().evaluate(data.x, data.labels).summary().mean();
        double raw = protocol.standardize(false).build().evaluate(embeddings, data.labels).summary().mean();
        double standardised = protocol.standardize(true).build().evaluate(embeddings, data.labels).summary().mean();
        assertTrue(clean > 0.9, "the clusters are separable: " + clean);
        assertTrue(raw < 0.65, "one outlier column flattens the kernel: " + raw);
        assertTrue(standardised > 0.9, "standardised columns recover the accuracy: " + standardised);
    }

    @Test
    void scalingIsFittedOnTheGivenRowsOnly() {
        double[][] x = {{1, 5}, {3, 5}, {100, -7}};
        ColumnStandardizer s = ColumnStandardizer.fit(x, new int[] {0, 1});
        double[][] t = s.transform(x);
        assertArrayEquals(new double[] {-1, 0}, t[0], 1e-12);
        assertArrayEquals(new double[] {1, 0}, t[1], 1e-12);
        // the third row is scaled with the first two rows' mean 2 and std 1; the constant column is only centred
        assertEquals(98, t[2][0], 1e-12);
        assertEquals(-12, t[2][1], 1e-12);
    }
}
