package org.graphinfomax.infomax.infograph;

import static org.graphinfomax.infomax.infograph.GradientChecks.CHECKER;
import static org.graphinfomax.infomax.infograph.GradientChecks.assertPassed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicReference;
import org.graphinfomax.infomax.mi.MiEstimators;
import org.graphinfomax.infomax.mi.NamedMeasure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The critic's masking against the definition, computed here element by element: the positive
 * expectation averages the positive term over the N (node, own graph) pairs only, the negative
 * expectation the negative term over the N x (G - 1) other pairs only; masked-out scores never
 * pass through a term (for measures whose terms are not 0 at a score of 0, zeroing scores before
 * the term, as the reference's {@code res * pos_mask} does, would bias the expectations).
 */
class DotProductCriticTest {

    private static final int[] GRAPH_OF_NODE = {0, 0, 0, 1, 2, 2, 2, 2, 1};

    @ParameterizedTest
    @EnumSource(value = NamedMeasure.class, names = {"JSD", "GAN", "KL", "RKL", "H2", "W1"})
    void localGlobalLossIsTheMaskedDefinition(NamedMeasure measure) {
        INDArray nodes = TinyGraphs.randn(1, DataType.DOUBLE, 9, 4).muli(0.7);
        INDArray graphs = TinyGraphs.randn(2, DataType.DOUBLE, 3, 4).muli(0.7);
        DotProductCritic critic = new DotProductCritic(MiEstimators.measure(measure));
        DotProductCritic.Result r = critic.localGlobal(nodes, graphs, Nd4j.createFromArray(GRAPH_OF_NODE), false);
        double positive = 0;
        double negative = 0;
        for (int i = 0; i < 9; i++) {
            for (int g = 0; g < 3; g++) {
                double s = dot(nodes, i, graphs, g);
                if (GRAPH_OF_NODE[i] == g) {
                    positive += positiveTerm(measure, s);
                } else {
                    negative += negativeTerm(measure, s);
                }
            }
        }
        double expectedLoss = negative / (9 * 2) - positive / 9;
        assertEquals(expectedLoss, r.loss(), 1e-10);
        assertEquals(-expectedLoss, r.value(), 1e-10);
    }

    private static double dot(INDArray a, int i, INDArray b, int j) {
        double sum = 0;
        for (int k = 0; k < a.columns(); k++) {
            sum += a.getDouble(i, k) * b.getDouble(j, k);
        }
        return sum;
    }

    private static double positiveTerm(NamedMeasure m, double v) {
        return switch (m) {
            case JSD -> Math.log(2) - Math.log1p(Math.exp(-v));
            case GAN -> -Math.log1p(Math.exp(-v));
            case KL -> v + 1;
            case RKL -> -Math.exp(-v);
            case H2 -> 1 - Math.exp(-v);
            case W1 -> v;
            default -> throw new IllegalArgumentException(m.name());
        };
    }

    private static double negativeTerm(NamedMeasure m, double v) {
        return switch (m) {
            case JSD -> Math.log1p(Math.exp(v)) - Math.log(2);
            case GAN -> Math.log1p(Math.exp(v));
            case KL -> Math.exp(v);
            case RKL -> v - 1;
            case H2 -> Math.exp(v) - 1;
            case W1 -> v;
            default -> throw new IllegalArgumentException(m.name());
        };
    }

    @Test
    void globalGlobalPairsTheDiagonal() {
        INDArray a = TinyGraphs.randn(3, DataType.DOUBLE, 4, 3);
        INDArray b = TinyGraphs.randn(4, DataType.DOUBLE, 4, 3);
        DotProductCritic critic = new DotProductCritic(MiEstimators.measure(NamedMeasure.JSD));
        double positive = 0;
        double negative = 0;
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                double s = dot(a, i, b, j);
                if (i == j) {
                    positive += positiveTerm(NamedMeasure.JSD, s);
                } else {
                    negative += negativeTerm(NamedMeasure.JSD, s);
                }
            }
        }
        assertEquals(negative / 12 - positive / 4, critic.globalGlobal(a, b, false).loss(), 1e-10);
    }

    @Test
    void gradientsWithRespectToBothEmbeddingsMatchFiniteDifferences() {
        INDArray nodes = TinyGraphs.randn(5, DataType.DOUBLE, 9, 4);
        INDArray graphs = TinyGraphs.randn(6, DataType.DOUBLE, 3, 4);
        INDArray index = Nd4j.createFromArray(GRAPH_OF_NODE);
        DotProductCritic critic = new DotProductCritic(MiEstimators.measure(NamedMeasure.JSD));
        AtomicReference<DotProductCritic.Result> last = new AtomicReference<>();
        assertPassed(CHECKER.checkInput("nodes", nodes, backprop -> {
            last.set(critic.localGlobal(nodes, graphs, index, backprop));
            return last.get().loss();
        }, () -> last.get().gradFirst()));
        assertPassed(CHECKER.checkInput("graphs", graphs, backprop -> {
            last.set(critic.localGlobal(nodes, graphs, index, backprop));
            return last.get().loss();
        }, () -> last.get().gradSecond()));
        INDArray b = TinyGraphs.randn(7, DataType.DOUBLE, 3, 4);
        assertPassed(CHECKER.checkInput("first", graphs, backprop -> {
            last.set(critic.globalGlobal(graphs, b, backprop));
            return last.get().loss();
        }, () -> last.get().gradFirst()));
    }

    @Test
    void mismatchedEmbeddingsAreRejected() {
        DotProductCritic critic = new DotProductCritic(MiEstimators.measure(NamedMeasure.JSD));
        INDArray nodes = Nd4j.zeros(DataType.DOUBLE, 9, 4);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> critic.localGlobal(nodes, Nd4j.zeros(DataType.DOUBLE, 3, 5), Nd4j.createFromArray(GRAPH_OF_NODE), true));
        assertTrue(e.getMessage().contains("same width"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> critic.localGlobal(nodes, Nd4j.zeros(DataType.DOUBLE, 1, 4), Nd4j.createFromArray(new int[9]), true));
        assertTrue(e.getMessage().contains("at least 2 graphs"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> critic.globalGlobal(Nd4j.zeros(DataType.DOUBLE, 3, 4), Nd4j.zeros(DataType.DOUBLE, 4, 4), true));
        assertTrue(e.getMessage().contains("same graphs"), e.getMessage());
    }
}
