package org.graphinfomax.infomax.mi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

class JsTrainedNwjEstimatorTest {

    private final INDArray scores = TestArrays.gaussian(12, DataType.DOUBLE, 8, 8, 0.2, 1.3);
    private final CriticScores critic = CriticScores.square(scores);

    @Test
    void reportsNwjAtTheScoresPlusOne() {
        BoundValue reported = MiEstimators.jsTrainedNwj().evaluate(critic);
        BoundValue nwj = MiEstimators.nwj().evaluate(CriticScores.square(scores.add(1.0)));
        assertEquals(nwj.value(), reported.value(), 1e-14);
        assertEquals(nwj.positiveExpectation(), reported.positiveExpectation(), 1e-14);
        assertEquals(nwj.negativeExpectation(), reported.negativeExpectation(), 1e-14);
    }

    @Test
    void offsetZeroReportsNwjOnTheRawScoresAsTheReferenceCodeDoes() {
        assertEquals(MiEstimators.nwj().evaluate(critic).value(),
                MiEstimators.jsTrainedNwj(0.0).evaluate(critic).value(), 1e-14);
        assertEquals("JS->NWJ(offset=0.0)", MiEstimators.jsTrainedNwj(0.0).name());
    }

    @Test
    void trainsWithTheJensenShannonLossAndGradient() {
        MiEstimate js = MiEstimators.jsTrainedNwj().estimate(critic);
        MiEstimate jsd = MiEstimators.measure(NamedMeasure.JSD).estimate(critic);
        assertEquals(jsd.loss(), js.loss(), 0.0);
        assertEquals(jsd.gradient(), js.gradient());
        assertEquals(jsd.loss(), MiEstimators.jsTrainedNwj().evaluate(critic).loss(), 0.0);
    }

    @Test
    void rejectsANonFiniteOffset() {
        assertThrows(IllegalArgumentException.class, () -> MiEstimators.jsTrainedNwj(Double.NaN));
    }
}
