package org.graphinfomax.infomax.mi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class InfoNceEstimatorTest {

    private final MiEstimator infoNce = MiEstimators.infoNce();

    @Test
    void exactValueOnATwoByTwoMatrix() {
        // rows (1, 0) and (0, 2), positives on the diagonal
        INDArray scores = TestArrays.matrix(DataType.DOUBLE, new double[][] {{1, 0}, {0, 2}});
        double rowOne = 1 - Math.log(Math.exp(1) + 1);
        double rowTwo = 2 - Math.log(1 + Math.exp(2));
        BoundValue bound = infoNce.evaluate(CriticScores.square(scores));
        assertEquals(Math.log(2) + (rowOne + rowTwo) / 2, bound.value(), 1e-15);
        assertEquals(1.5, bound.positiveExpectation(), 1e-15);
    }

    @Test
    void neverExceedsLogKOnRandomScores() {
        Random random = new Random(3);
        for (int trial = 0; trial < 50; trial++) {
            int k = 2 + random.nextInt(30);
            INDArray scores = TestArrays.gaussian(trial, DataType.DOUBLE, k, k, 0.0, 0.1 + 20 * random.nextDouble());
            double value = infoNce.evaluate(CriticScores.square(scores)).value();
            assertTrue(value <= Math.log(k), "InfoNCE " + value + " > log " + k);
        }
    }

    @Test
    void approachesButNeverExceedsLogKOnAdversarialScores() {
        for (DataType type : new DataType[] {DataType.DOUBLE, DataType.FLOAT}) {
            int k = 16;
            INDArray scores = Nd4j.eye(k).muli(2000.0).subi(1000.0).castTo(type);
            double value = infoNce.evaluate(CriticScores.square(scores)).value();
            assertTrue(value <= Math.log(k), type + ": " + value);
            assertEquals(Math.log(k), value, 1e-6, type + ": a perfect critic reaches log K");
        }
    }

    @Test
    void maskedFormMatchesAnExplicitRowByRowComputation() {
        int rows = 9;
        int columns = 6;
        INDArray scores = TestArrays.gaussian(8, DataType.DOUBLE, rows, columns, 0.0, 3.0);
        INDArray positive = TestArrays.bernoulliMask(9, DataType.DOUBLE, rows, columns, 0.25);
        INDArray negative = TestArrays.bernoulliMask(10, DataType.DOUBLE, rows, columns, 0.5);
        double[][] v = scores.toDoubleMatrix();
        double[][] p = positive.toDoubleMatrix();
        double[][] n = negative.toDoubleMatrix();
        double sum = 0;
        int used = 0;
        double bestCase = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < rows; i++) {
            double positiveSum = 0;
            int positives = 0;
            double exponentials = 0;
            int contrast = 0;
            for (int j = 0; j < columns; j++) {
                if (p[i][j] == 1) {
                    positiveSum += v[i][j];
                    positives++;
                }
                if (p[i][j] == 1 || n[i][j] == 1) {
                    exponentials += Math.exp(v[i][j]);
                    contrast++;
                }
            }
            if (positives > 0) {
                sum += positiveSum / positives - Math.log(exponentials) + Math.log(contrast);
                used++;
                bestCase = Math.max(bestCase, Math.log(contrast));
            }
        }
        assertTrue(used > 1 && used < rows, "the masks should leave some rows without positives");
        double value = infoNce.evaluate(CriticScores.matrix(scores, positive, negative)).value();
        assertEquals(sum / used, value, 1e-12);
        assertTrue(value <= bestCase);
    }

    @Test
    void complementaryMasksGiveTheSameResultAsExplicitOnes() {
        INDArray scores = TestArrays.gaussian(13, DataType.DOUBLE, 6, 4, 0.0, 2.0);
        INDArray positive = TestArrays.bernoulliMask(14, DataType.DOUBLE, 6, 4, 0.3);
        MiEstimate implied = infoNce.estimate(CriticScores.matrix(scores, positive));
        MiEstimate explicit = infoNce.estimate(CriticScores.matrix(scores, positive, positive.rsub(1.0)));
        assertEquals(explicit.value(), implied.value(), 1e-14);
        assertTrue(explicit.gradient().equalsWithEps(implied.gradient(), 1e-14));
        assertEquals(CriticScores.byGraph(scores, new int[] {0, 1, 2, 3, 0, 1}).positiveCount(), 6);
    }

    @Test
    void pairsLayoutContrastsEachPositiveWithAllNegatives() {
        double[] positives = {0.3, -1.2, 2.0};
        double[] negatives = {0.5, 1.0, -0.7, 0.1};
        double[][] matrix = new double[positives.length][1 + negatives.length];
        double[][] mask = new double[positives.length][1 + negatives.length];
        for (int i = 0; i < positives.length; i++) {
            matrix[i][0] = positives[i];
            mask[i][0] = 1;
            System.arraycopy(negatives, 0, matrix[i], 1, negatives.length);
        }
        BoundValue pairs = infoNce.evaluate(CriticScores.pairs(TestArrays.row(DataType.DOUBLE, positives),
                TestArrays.row(DataType.DOUBLE, negatives)));
        BoundValue explicit = infoNce.evaluate(CriticScores.matrix(TestArrays.matrix(DataType.DOUBLE, matrix),
                TestArrays.matrix(DataType.DOUBLE, mask)));
        assertEquals(explicit.value(), pairs.value(), 1e-14);
        assertEquals(explicit.positiveExpectation(), pairs.positiveExpectation(), 1e-14);
        assertEquals(explicit.negativeExpectation(), pairs.negativeExpectation(), 1e-14);
        assertTrue(pairs.value() <= Math.log(1 + negatives.length));
    }

    @Test
    void infoGraphLayoutScoresEveryNodeAgainstEveryGraph() {
        // 5 nodes in 2 graphs; node scores are high for their own graph
        INDArray scores = TestArrays.matrix(DataType.FLOAT, new double[][] {{3, 0}, {2, -1}, {0, 4}, {1, 5}, {-2, 2}});
        int[] graphIndex = {0, 0, 1, 1, 1};
        double expected = Math.log(2) + (
                (3 - Math.log(Math.exp(3) + 1)) + (2 - Math.log(Math.exp(2) + Math.exp(-1)))
                + (4 - Math.log(1 + Math.exp(4))) + (5 - Math.log(Math.exp(1) + Math.exp(5)))
                + (2 - Math.log(Math.exp(-2) + Math.exp(2)))) / 5;
        assertEquals(expected, infoNce.evaluate(CriticScores.byGraph(scores, graphIndex)).value(), 1e-6);
    }
}
