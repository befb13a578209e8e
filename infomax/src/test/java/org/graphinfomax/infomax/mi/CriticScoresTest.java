package org.graphinfomax.infomax.mi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class CriticScoresTest {

    @Test
    void graphIndexBuildsTheInfoGraphMasks() {
        INDArray scores = Nd4j.zeros(DataType.FLOAT, 6, 3);
        int[] graphIndex = {0, 0, 1, 2, 2, 2};
        CriticScores critic = CriticScores.byGraph(scores, graphIndex);
        INDArray expected = TestArrays.matrix(DataType.FLOAT,
                new double[][] {{1, 0, 0}, {1, 0, 0}, {0, 1, 0}, {0, 0, 1}, {0, 0, 1}, {0, 0, 1}});
        assertEquals(expected, critic.positiveMask());
        assertEquals(expected.rsub(1.0), critic.negativeMask());
        assertEquals(6, critic.positiveCount());
        assertEquals(12, critic.negativeCount());
        assertEquals(CriticScores.Layout.MATRIX, critic.layout());
        assertEquals(DataType.FLOAT, critic.positiveMask().dataType());

        CriticScores fromArray = CriticScores.byGraph(scores, Nd4j.createFromArray(graphIndex));
        assertEquals(expected, fromArray.positiveMask());
    }

    @Test
    void squareLayoutHasPositivesOnTheDiagonal() {
        CriticScores critic = CriticScores.square(Nd4j.zeros(DataType.DOUBLE, 4, 4));
        assertEquals(Nd4j.eye(4).castTo(DataType.DOUBLE), critic.positiveMask());
        assertEquals(4, critic.positiveCount());
        assertEquals(12, critic.negativeCount());
    }

    @Test
    void masksOfAnotherTypeAreCastAndOneMaskImpliesItsComplement() {
        INDArray scores = Nd4j.zeros(DataType.DOUBLE, 2, 2);
        INDArray mask = TestArrays.matrix(DataType.FLOAT, new double[][] {{1, 0}, {0, 0}});
        CriticScores critic = CriticScores.matrix(scores, mask);
        assertEquals(DataType.DOUBLE, critic.positiveMask().dataType());
        assertEquals(1, critic.positiveCount());
        assertEquals(3, critic.negativeCount());
    }

    @Test
    void pairsLayoutKeepsTheArrays() {
        INDArray positive = Nd4j.ones(DataType.FLOAT, 5);
        INDArray negative = Nd4j.zeros(DataType.FLOAT, 7);
        CriticScores critic = CriticScores.pairs(positive, negative);
        assertSame(positive, critic.positiveScores());
        assertSame(negative, critic.negativeScores());
        assertEquals(5, critic.positiveCount());
        assertEquals(7, critic.negativeCount());
        assertThrows(IllegalStateException.class, critic::positiveMask);
    }

    @Test
    void badInputIsNamed() {
        INDArray scores = Nd4j.zeros(DataType.DOUBLE, 3, 2);
        INDArray notBinary = TestArrays.matrix(DataType.DOUBLE, new double[][] {{1, 0}, {0, 0.5}, {0, 0}});
        assertMessage("positive mask at row 1, column 1 is 0.5; masks must hold only 0 and 1",
                () -> CriticScores.matrix(scores, notBinary));
        assertMessage("negative mask selects no entry",
                () -> CriticScores.matrix(scores, Nd4j.ones(DataType.DOUBLE, 3, 2)));
        assertMessage("positive mask has shape [2, 3] but the scores have shape [3, 2]",
                () -> CriticScores.matrix(scores, Nd4j.ones(DataType.DOUBLE, 2, 3)));
        assertMessage("graph index of node 2 is 5, outside [0, 2)",
                () -> CriticScores.byGraph(scores, new int[] {0, 1, 5}));
        assertMessage("score matrix has 3 rows but the graph index has 2 nodes",
                () -> CriticScores.byGraph(scores, new int[] {0, 1}));
        assertMessage("need at least 2 graphs (columns) so that every node has a negative, got 1",
                () -> CriticScores.byGraph(Nd4j.zeros(DataType.DOUBLE, 3, 1), new int[] {0, 0, 0}));
        assertMessage("graph index values span [-1, 1], outside [0, 2)",
                () -> CriticScores.byGraph(scores, Nd4j.createFromArray(0, 1, -1)));
        assertMessage("critic scores must be FLOAT or DOUBLE, got INT",
                () -> CriticScores.square(Nd4j.zeros(DataType.INT32, 3, 3)));
        assertMessage("need a square score matrix with at least 2 rows, got shape [3, 2]",
                () -> CriticScores.square(scores));
        assertMessage("positive scores are FLOAT but negative scores are DOUBLE",
                () -> CriticScores.pairs(Nd4j.zeros(DataType.FLOAT, 2), Nd4j.zeros(DataType.DOUBLE, 2)));
        assertMessage("need a score matrix (rank 2), got shape [4]",
                () -> CriticScores.matrix(Nd4j.zeros(DataType.DOUBLE, 4), Nd4j.ones(DataType.DOUBLE, 4)));
    }

    private static void assertMessage(String expected, org.junit.jupiter.api.function.Executable call) {
        assertEquals(expected, assertThrows(IllegalArgumentException.class, call).getMessage());
    }
}
