package org.graphinfomax.graph.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.graphinfomax.graph.NodeFeatures;
import org.graphinfomax.graph.SparseFeatures;
import org.graphinfomax.graph.SparseMatrix;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;

class CommunityFeaturesTest {

    private static final int NODES = 12_000;
    private static final int K = 4;

    private static int[] communities() {
        return StochasticBlockModel.builder(NODES, K).seed(4).build().communities();
    }

    @Test
    void gaussianFeaturesHaveTheirCommunityMeansAndUnitNoise() {
        int[] c = communities();
        GaussianCommunityFeatures model = CommunityFeatures.gaussian(32, 2.0);
        NodeFeatures x = model.generate(c, K, 42);
        assertEquals(NODES, x.numRows());
        assertEquals(32, x.numFeatures());
        double[][] means = model.means(K, 42);
        float[] data = x.toDense(DataType.FLOAT).data().asFloat();
        double[][] sum = new double[K][32];
        double[][] sumSq = new double[K][32];
        int[] count = new int[K];
        for (int i = 0; i < NODES; i++) {
            count[c[i]]++;
            for (int j = 0; j < 32; j++) {
                double v = data[i * 32 + j];
                sum[c[i]][j] += v;
                sumSq[c[i]][j] += (v - means[c[i]][j]) * (v - means[c[i]][j]);
            }
        }
        double maxMeanError = 0;
        double maxVarianceError = 0;
        for (int k = 0; k < K; k++) {
            for (int j = 0; j < 32; j++) {
                maxMeanError = Math.max(maxMeanError, Math.abs(sum[k][j] / count[k] - means[k][j]));
                maxVarianceError = Math.max(maxVarianceError, Math.abs(sumSq[k][j] / count[k] - 1.0));
            }
        }
        // 3000 nodes per community: standard error of a mean 0.018, of a variance 0.026
        assertTrue(maxMeanError < 0.09, "max error of a community mean " + maxMeanError);
        assertTrue(maxVarianceError < 0.13, "max error of a noise variance " + maxVarianceError);
        double norm = Math.sqrt(Arrays.stream(means[0]).map(v -> v * v).sum());
        assertEquals(2.0, norm, 0.6, "means have norm about the separation");
    }

    @Test
    void bagOfWordsFeaturesHaveTheExpectedWordFrequencies() {
        int[] c = communities();
        BagOfWordsCommunityFeatures model = CommunityFeatures.bagOfWords(500, 20, 25, 0.6);
        NodeFeatures x = model.generate(c, K, 8);
        assertTrue(x instanceof SparseFeatures);
        SparseMatrix m = ((SparseFeatures) x).matrix();
        int[][] topics = model.topics(K, 8);
        double[][] frequency = new double[K][500];
        int[] count = new int[K];
        for (int i = 0; i < NODES; i++) {
            count[c[i]]++;
            assertTrue(m.rowNnz(i) >= 1 && m.rowNnz(i) <= 20, "row " + i + " has " + m.rowNnz(i) + " words");
            for (int p = m.rowStart(i); p < m.rowEnd(i); p++) {
                assertEquals(1f, m.valueAt(p));
                frequency[c[i]][m.columnAt(p)]++;
            }
        }
        for (int k = 0; k < K; k++) {
            boolean[] inTopic = new boolean[500];
            for (int w : topics[k]) {
                inTopic[w] = true;
            }
            double topicMean = 0;
            double otherMean = 0;
            for (int w = 0; w < 500; w++) {
                double f = frequency[k][w] / count[k];
                if (inTopic[w]) {
                    topicMean += f / 25;
                } else {
                    otherMean += f / 475;
                }
            }
            assertEquals(model.expectedValue(true), topicMean, 0.03 * model.expectedValue(true), "topic words of " + k);
            assertEquals(model.expectedValue(false), otherMean, 0.05 * model.expectedValue(false), "other words of " + k);
        }
    }

    @Test
    void rejectsCommunitiesOutOfRange() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CommunityFeatures.gaussian(3, 1).generate(new int[] {0, 2}, 2, 1));
        assertTrue(e.getMessage().contains("node 1"), e.getMessage());
    }
}
