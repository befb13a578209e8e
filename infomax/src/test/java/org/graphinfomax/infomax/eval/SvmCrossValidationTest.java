package org.graphinfomax.infomax.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;

class SvmCrossValidationTest {

    @Test
    void stratifiedFoldsPartitionSamplesAndKeepClassProportions() {
        int[] labels = new int[103];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = i < 70 ? 0 : (i < 100 ? 1 : 2);
        }
        List<StratifiedKFold.Fold> folds = StratifiedKFold.split(labels, 10, 1);
        int[] testCount = new int[labels.length];
        for (StratifiedKFold.Fold f : folds) {
            assertEquals(labels.length, f.train().length + f.test().length);
            for (int i : f.test()) {
                testCount[i]++;
            }
            long zeros = Arrays.stream(f.test()).filter(i -> labels[i] == 0).count();
            long ones = Arrays.stream(f.test()).filter(i -> labels[i] == 1).count();
            assertEquals(7, zeros);
            assertEquals(3, ones);
        }
        assertTrue(Arrays.stream(testCount).allMatch(c -> c == 1), "every sample is tested exactly once");
        assertArrayEquals(folds.get(3).test(), StratifiedKFold.split(labels, 10, 1).get(3).test());
    }

    @Test
    void separableClustersAreClassifiedAlmostPerfectly() {
        ClusteredData data = ClusteredData.generate(7, 200, 10, 3, 10);
        SvmCrossValidation.Result r = SvmCrossValidation.builder().repeats(1).seed(1).build().evaluate(data.x, data.labels);
        assertEquals(1, r.foldAccuracies().length);
        assertEquals(10, r.foldAccuracies()[0].length);
        assertTrue(r.summary().mean() > 0.97, r.toString());
    }

    @Test
    void shuffledLabelsStayNearChanceBecauseTestFoldsAreNeverSeen() {
        ClusteredData data = ClusteredData.generate(8, 200, 10, 2, 10);
        SvmCrossValidation.Result r = SvmCrossValidation.builder().repeats(2).seed(2).build()
                .evaluate(data.x, data.shuffledLabels(3));
        assertEquals(0.5, r.summary().mean(), 0.1, r.toString());
    }

    @Test
    void resultsAreReproducibleAndIndependentOfThreadCount() {
        ClusteredData data = ClusteredData.generate(9, 120, 6, 2, 2);
        var one = SvmCrossValidation.builder().repeats(2).seed(5).threads(1).build().evaluate(data.x, data.labels);
        var two = SvmCrossValidation.builder().repeats(2).seed(5).threads(2).build().evaluate(data.x, data.labels);
        assertTrue(Arrays.deepEquals(one.foldAccuracies(), two.foldAccuracies()));
        assertTrue(Arrays.deepEquals(one.chosenC(), two.chosenC()));
    }

    @Test
    void gammaFollowsScikitLearnsScaleRule() {
        double[][] x = {{0, 2}, {2, 0}, {4, 6}};
        // all entries: 0,2,2,0,4,6 -> mean 14/6, variance 60/6 - (14/6)^2
        double variance = 60.0 / 6 - (14.0 / 6) * (14.0 / 6);
        assertEquals(1 / (2 * variance), SvmCrossValidation.scaleGamma(x, new int[] {0, 1, 2}), 1e-12);
    }

    @Test
    void singleClassAndMismatchedInputAreRejected() {
        var x = Nd4j.rand(10, 3);
        var e = assertThrows(IllegalArgumentException.class,
                () -> SvmCrossValidation.builder().build().evaluate(x, new int[10]));
        assertEquals("a classifier needs samples of at least two classes, got only class 0", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> SvmCrossValidation.builder().build().evaluate(x, new int[9]));
        assertEquals("9 labels for 10 embedding rows", e.getMessage());
    }
}
