package org.graphinfomax.infomax.infograph;

import static org.graphinfomax.infomax.infograph.GradientChecks.CHECKER;
import static org.graphinfomax.infomax.infograph.GradientChecks.assertPassed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicReference;
import org.graphinfomax.infomax.mi.MiEstimators;
import org.graphinfomax.infomax.mi.NamedMeasure;
import org.graphinfomax.infomax.training.StepWorkspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The fused JSD path of {@link DotProductCritic#forMeasure} against the general estimator on the
 * masked score layouts: same loss, bound and gradients, for moderate and for saturating scores
 * (|s| up to several hundred, where a naive softplus overflows in FLOAT), inside and outside a
 * workspace; and its own finite-difference check in DOUBLE.
 */
class FusedJsdCriticTest {

    private static final DotProductCritic FUSED = DotProductCritic.forMeasure(NamedMeasure.JSD);
    private static final DotProductCritic GENERAL = new DotProductCritic(MiEstimators.measure(NamedMeasure.JSD));

    private static int[] graphOfNodes(int nodes, int graphs) {
        int[] index = new int[nodes];
        for (int i = 0; i < nodes; i++) {
            index[i] = (int) ((long) i * graphs / nodes);
        }
        return index;
    }

    @ParameterizedTest
    @EnumSource(value = DataType.class, names = {"FLOAT", "DOUBLE"})
    void localGlobalMatchesTheGeneralEstimator(DataType type) {
        for (double scale : new double[] {0.3, 6.0}) {
            INDArray nodes = TinyGraphs.randn(11, type, 37, 8).muli(scale);
            INDArray graphs = TinyGraphs.randn(12, type, 5, 8).muli(scale);
            INDArray index = Nd4j.createFromArray(graphOfNodes(37, 5));
            assertSame(GENERAL.localGlobal(nodes, graphs, index, true), FUSED.localGlobal(nodes, graphs, index, true),
                    type);
            double general = GENERAL.localGlobal(nodes, graphs, index, false).loss();
            assertEquals(general, FUSED.localGlobal(nodes, graphs, index, false).loss(),
                    tolerance(type, Math.abs(general)));
        }
    }

    @Test
    void globalGlobalMatchesTheGeneralEstimatorInsideAWorkspace() {
        INDArray a = TinyGraphs.randn(13, DataType.FLOAT, 6, 4).muli(3);
        INDArray b = TinyGraphs.randn(14, DataType.FLOAT, 6, 4).muli(3);
        DotProductCritic.Result expected = GENERAL.globalGlobal(a, b, true);
        StepWorkspace workspace = new StepWorkspace("fused-jsd-test");
        for (int repeat = 0; repeat < 3; repeat++) {
            workspace.run(() -> {
                DotProductCritic.Result r = FUSED.globalGlobal(a, b, true);
                assertSame(expected, r, DataType.FLOAT);
                return r.loss();
            });
        }
        workspace.release();
    }

    @Test
    void saturatedFloatScoresStayFinite() {
        INDArray nodes = TinyGraphs.randn(15, DataType.FLOAT, 20, 6).muli(12);
        INDArray graphs = TinyGraphs.randn(16, DataType.FLOAT, 4, 6).muli(12);
        INDArray index = Nd4j.createFromArray(graphOfNodes(20, 4));
        INDArray scores = Nd4j.gemm(nodes, graphs, false, true);
        assertTrue(scores.amaxNumber().doubleValue() > 100, "the test needs saturating scores");
        DotProductCritic.Result fused = FUSED.localGlobal(nodes, graphs, index, true);
        assertTrue(Double.isFinite(fused.loss()), "loss " + fused.loss());
        DotProductCritic.Result reference = GENERAL.localGlobal(nodes.castTo(DataType.DOUBLE),
                graphs.castTo(DataType.DOUBLE), index, true);
        assertEquals(reference.loss(), fused.loss(), 1e-3 * Math.max(1, Math.abs(reference.loss())));
    }

    @Test
    void floatKernelMatchesTheNd4jPassEvaluatedInDouble() {
        int nodes = 700;
        int graphs = 40;
        int[] positives = graphOfNodes(nodes, graphs);
        for (double scale : new double[] {0.5, 4.0, 60.0, 2000.0}) {
            INDArray scores = TinyGraphs.randn(19, DataType.FLOAT, nodes, graphs).muli(scale);
            FusedJsdScores.Result exact = FusedJsdScores.evaluate(scores.castTo(DataType.DOUBLE), positives, true, false);
            FusedJsdScores.Result kernel = FusedJsdScores.evaluate(scores, positives, true, true);
            assertEquals(exact.loss(), kernel.loss(), 1e-6 * Math.max(1, Math.abs(exact.loss())), "scale " + scale);
            assertEquals(exact.loss(), FusedJsdScores.evaluate(scores, positives, false, true).loss(),
                    1e-6 * Math.max(1, Math.abs(exact.loss())));
            double difference = exact.scaledGradient().castTo(DataType.FLOAT).sub(kernel.scaledGradient()).amaxNumber()
                    .doubleValue();
            double largest = exact.scaledGradient().amaxNumber().doubleValue();
            assertTrue(difference <= 1e-6 * largest, "scale " + scale + ": gradients differ by " + difference
                    + " (largest entry " + largest + ")");
        }
    }

    @Test
    void floatKernelTurnsANanScoreIntoANanLoss() {
        INDArray scores = TinyGraphs.randn(20, DataType.FLOAT, 6, 3);
        scores.putScalar(4, 1, Float.NaN);
        assertTrue(Double.isNaN(FusedJsdScores.evaluate(scores, new int[] {0, 0, 1, 1, 2, 2}, false, true).loss()));
    }

    @Test
    void gradientsMatchFiniteDifferences() {
        INDArray nodes = TinyGraphs.randn(17, DataType.DOUBLE, 9, 4);
        INDArray graphs = TinyGraphs.randn(18, DataType.DOUBLE, 3, 4);
        INDArray index = Nd4j.createFromArray(new int[] {0, 0, 0, 1, 2, 2, 2, 2, 1});
        AtomicReference<DotProductCritic.Result> last = new AtomicReference<>();
        assertPassed(CHECKER.checkInput("nodes", nodes, backprop -> {
            last.set(FUSED.localGlobal(nodes, graphs, index, backprop));
            return last.get().loss();
        }, () -> last.get().gradFirst()));
        assertPassed(CHECKER.checkInput("graphs", graphs, backprop -> {
            last.set(FUSED.localGlobal(nodes, graphs, index, backprop));
            return last.get().loss();
        }, () -> last.get().gradSecond()));
    }

    @Test
    void badShapesAreRejected() {
        INDArray nodes = Nd4j.zeros(DataType.DOUBLE, 9, 4);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FUSED.localGlobal(nodes, Nd4j.zeros(DataType.DOUBLE, 1, 4), Nd4j.createFromArray(new int[9]), true));
        assertTrue(e.getMessage().contains("at least 2 graphs"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> FUSED.localGlobal(nodes, Nd4j.zeros(DataType.DOUBLE, 3, 4), Nd4j.createFromArray(new int[8]), true));
        assertTrue(e.getMessage().contains("rows"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> FUSED.localGlobal(nodes, Nd4j.zeros(DataType.DOUBLE, 3, 4),
                Nd4j.createFromArray(new int[] {0, 0, 0, 1, 1, 1, 2, 2, 3}), true));
        assertTrue(e.getMessage().contains("outside [0, 3)"), e.getMessage());
    }

    private static double tolerance(DataType type, double magnitude) {
        return (type == DataType.DOUBLE ? 1e-10 : 2e-5) * Math.max(1.0, magnitude);
    }

    private static void assertSame(DotProductCritic.Result expected, DotProductCritic.Result actual, DataType type) {
        assertEquals(expected.loss(), actual.loss(), tolerance(type, Math.abs(expected.loss())));
        assertEquals(expected.value(), actual.value(), tolerance(type, Math.abs(expected.value())));
        assertClose(expected.gradFirst(), actual.gradFirst(), type);
        assertClose(expected.gradSecond(), actual.gradSecond(), type);
    }

    private static void assertClose(INDArray expected, INDArray actual, DataType type) {
        double scale = expected.amaxNumber().doubleValue();
        double difference = expected.sub(actual).amaxNumber().doubleValue();
        assertTrue(difference <= tolerance(type, 1.0) * 10 * Math.max(scale, 1e-3),
                "gradients differ by " + difference + " (largest entry " + scale + ")");
    }
}
