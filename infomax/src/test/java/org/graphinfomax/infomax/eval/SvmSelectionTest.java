package org.graphinfomax.infomax.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Nested selection among candidate embeddings by inner cross-validation only. */
class SvmSelectionTest {

    @Test
    void theInformativeCandidateIsPickedByInnerValidation() {
        ClusteredData data = ClusteredData.generate(11, 150, 8, 2, 6);
        INDArray noise = Nd4j.rand(Nd4j.create(150, 8), org.graphinfomax.layers.SeededRandom.of(3));
        SvmCrossValidation svm = SvmCrossValidation.builder().repeats(1).seed(4).build();
        SvmCrossValidation.Selection s = svm.evaluateSelecting(List.of(noise, data.x), data.labels);
        int[] picks = s.pickCounts(2);
        assertTrue(picks[1] >= 9, "picks " + Arrays.toString(picks));
        assertTrue(s.result().summary().mean() > 0.9, s.result().toString());
    }

    @Test
    void aSingleCandidateGivesThePlainProtocol() {
        ClusteredData data = ClusteredData.generate(12, 80, 5, 2, 2);
        SvmCrossValidation svm = SvmCrossValidation.builder().repeats(2).seed(6).build();
        SvmCrossValidation.Result plain = svm.evaluate(data.x, data.labels);
        SvmCrossValidation.Selection selected = svm.evaluateSelecting(List.of(data.x), data.labels);
        assertTrue(Arrays.deepEquals(plain.foldAccuracies(), selected.result().foldAccuracies()));
        assertTrue(Arrays.deepEquals(plain.chosenC(), selected.result().chosenC()));
        assertArrayEquals(new int[] {20}, selected.pickCounts(1));
    }

    @Test
    void candidatesMustBeGivenAndMatchTheLabels() {
        SvmCrossValidation svm = SvmCrossValidation.builder().build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> svm.evaluateSelecting(List.of(), new int[] {0, 1}));
        assertEquals("no candidate embeddings to evaluate", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> svm.evaluateSelecting(List.of(Nd4j.rand(10, 3), Nd4j.rand(9, 3)), new int[] {0, 1, 0, 1, 0, 1, 0, 1, 0, 1}));
        assertEquals("10 labels for 9 embedding rows", e.getMessage());
    }
}
