package org.graphinfomax.infomax.mi.critic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Supplier;
import org.graphinfomax.layers.Forward;
import org.graphinfomax.layers.ForwardMode;
import org.graphinfomax.layers.ParameterStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/** What the K x K score matrices of both critics hold, their parameters and their input checks. */
class CriticScoresLayoutTest {

    private static final int K = 6;

    static List<Supplier<Critic>> critics() {
        return List.of(() -> SeparableCritic.of(3, 2, new int[] {8, 7}, 4),
                () -> new ConcatenatedCritic(3, 2, new int[] {8, 7}));
    }

    @ParameterizedTest
    @MethodSource("critics")
    void entryIJScoresXiWithYj(Supplier<Critic> factory) {
        Critic critic = factory.get();
        ParameterStore.of(DataType.DOUBLE, 5, critic);
        INDArray x = CriticArrays.gaussian(1, DataType.DOUBLE, K, 3);
        INDArray y = CriticArrays.gaussian(2, DataType.DOUBLE, K, 2);
        INDArray scores = critic.forward(x, y, ForwardMode.inference()).scores();
        assertArrayEquals(new long[] {K, K}, scores.shape());
        for (int i = 0; i < K; i++) {
            for (int j = 0; j < K; j++) {
                INDArray single = critic.forward(x.getRow(i, true).dup(), y.getRow(j, true).dup(),
                        ForwardMode.inference()).scores();
                assertEquals(single.getDouble(0, 0), scores.getDouble(i, j), 1e-12, "pair (" + i + ", " + j + ")");
            }
        }
    }

    @Test
    void concatenatedCriticEqualsItsMlpOnTheExplicitPairMatrix() {
        ConcatenatedCritic critic = new ConcatenatedCritic(3, 2, new int[] {8, 7});
        ParameterStore store = ParameterStore.of(DataType.DOUBLE, 9, critic);
        store.params().addi(CriticArrays.gaussian(3, DataType.DOUBLE, 1, (int) store.size()).muli(0.3));
        INDArray x = CriticArrays.gaussian(4, DataType.DOUBLE, K, 3);
        INDArray y = CriticArrays.gaussian(5, DataType.DOUBLE, K, 2);
        INDArray pairs = Nd4j.create(DataType.DOUBLE, K * K, 5);
        for (int i = 0; i < K; i++) {
            for (int j = 0; j < K; j++) {
                pairs.get(NDArrayIndex.point(i * K + j), NDArrayIndex.interval(0, 3)).assign(x.getRow(i));
                pairs.get(NDArrayIndex.point(i * K + j), NDArrayIndex.interval(3, 5)).assign(y.getRow(j));
            }
        }
        Forward explicit = critic.mlp().forward(pairs, null, ForwardMode.inference());
        INDArray scores = critic.forward(x, y, ForwardMode.inference()).scores();
        assertTrue(explicit.output().reshape(K, K).equalsWithEps(scores, 1e-12));
        assertEquals(critic.mlp().parameterSpecs(), critic.parameterSpecs(), "same parameters as the plain MLP");
    }

    @Test
    void concatenatedCriticGradientsEqualThoseOfTheExplicitPairMatrix() {
        ConcatenatedCritic critic = new ConcatenatedCritic(3, 2, new int[] {8});
        ParameterStore store = ParameterStore.of(DataType.DOUBLE, 2, critic);
        INDArray x = CriticArrays.gaussian(6, DataType.DOUBLE, K, 3);
        INDArray y = CriticArrays.gaussian(7, DataType.DOUBLE, K, 2);
        INDArray upstream = CriticArrays.gaussian(8, DataType.DOUBLE, K, K);
        critic.forward(x, y, ForwardMode.inference()).backward(upstream.dup());
        INDArray fast = store.gradients().dup();
        store.zeroGradients();
        INDArray pairs = Nd4j.concat(1, Nd4j.repeat(x, K).reshape(K, K, 3).permute(1, 0, 2).dup('c').reshape(K * K, 3),
                Nd4j.tile(y, K, 1));
        critic.mlp().forward(pairs, null, ForwardMode.inference()).backward(upstream.dup().reshape(K * K, 1));
        assertTrue(fast.equalsWithEps(store.gradients(), 1e-10), "parameter gradients");
    }

    @Test
    void separableCriticNamesParametersByInput() {
        SeparableCritic critic = SeparableCritic.of(3, 2, new int[] {8}, 4);
        ParameterStore store = ParameterStore.of(DataType.FLOAT, 1, critic);
        assertEquals(List.of("x.0.weight", "x.0.bias", "x.2.weight", "x.2.bias", "y.0.weight", "y.0.bias",
                "y.2.weight", "y.2.bias"), store.names());
        assertEquals(3 * 8 + 8 + 8 * 4 + 4 + 2 * 8 + 8 + 8 * 4 + 4, store.size());
        assertEquals(4, critic.embeddingSize());
    }

    @ParameterizedTest
    @MethodSource("critics")
    void rejectsInputsThatDoNotFit(Supplier<Critic> factory) {
        Critic critic = factory.get();
        ParameterStore.of(DataType.FLOAT, 1, critic);
        INDArray x = Nd4j.zeros(DataType.FLOAT, 4, 3);
        INDArray y = Nd4j.zeros(DataType.FLOAT, 4, 2);
        IllegalArgumentException columns = assertThrows(IllegalArgumentException.class,
                () -> critic.forward(x, Nd4j.zeros(DataType.FLOAT, 4, 3), ForwardMode.inference()));
        assertTrue(columns.getMessage().contains("y of shape K x 2"), columns.getMessage());
        IllegalArgumentException rows = assertThrows(IllegalArgumentException.class,
                () -> critic.forward(x, Nd4j.zeros(DataType.FLOAT, 5, 2), ForwardMode.inference()));
        assertTrue(rows.getMessage().contains("paired row by row"), rows.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> critic.forward(x.castTo(DataType.DOUBLE), y.castTo(DataType.DOUBLE), ForwardMode.inference()));
        CriticForward pass = critic.forward(x, y, ForwardMode.inference());
        assertThrows(IllegalArgumentException.class, () -> pass.backward(Nd4j.zeros(DataType.FLOAT, 4, 3)));
    }

    @Test
    void rejectsInvalidArchitectures() {
        assertThrows(IllegalArgumentException.class, () -> new ConcatenatedCritic(3, 2, new int[0]));
        assertThrows(IllegalArgumentException.class, () -> new ConcatenatedCritic(0, 2, new int[] {4}));
        assertThrows(IllegalArgumentException.class, () -> new SeparableCritic(
                org.graphinfomax.layers.Mlp.of(3, 4), org.graphinfomax.layers.Mlp.of(3, 5)));
        IllegalStateException unbound = assertThrows(IllegalStateException.class,
                () -> new ConcatenatedCritic(3, 2, new int[] {4}).forward(Nd4j.zeros(DataType.FLOAT, 2, 3),
                        Nd4j.zeros(DataType.FLOAT, 2, 2), ForwardMode.inference()));
        assertTrue(unbound.getMessage().contains("not bound"), unbound.getMessage());
    }
}
