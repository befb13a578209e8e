package org.graphinfomax.layers;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.graphinfomax.graph.Graph;
import org.graphinfomax.graph.NodeFeatures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.nd4j.linalg.api.buffer.DataType;

/** Bad inputs get exceptions whose messages name the offending value. */
class ValidationTest {

    private static final Graph GRAPH = TestGraphs.randomGraph(5, 6, 1);
    private static final GraphContext CTX = GraphContext.of(GRAPH);

    private static void assertMessage(Class<? extends Throwable> type, Executable call, String... fragments) {
        Throwable t = assertThrows(type, call);
        for (String f : fragments) {
            assertTrue(t.getMessage().contains(f), "message '" + t.getMessage() + "' lacks '" + f + "'");
        }
    }

    @Test
    void inputsOfTheWrongShapeOrTypeAreNamed() {
        Linear linear = new Linear(3, 2);
        ParameterStore.of(DataType.FLOAT, 1, linear);
        assertMessage(IllegalArgumentException.class,
                () -> linear.forward(TestGraphs.randn(1, DataType.DOUBLE, 5, 3), CTX, ForwardMode.inference()),
                "FLOAT", "DOUBLE");
        assertMessage(IllegalArgumentException.class,
                () -> linear.forward(TestGraphs.randn(1, DataType.FLOAT, 5, 4), CTX, ForwardMode.inference()),
                "3 columns", "[5, 4]");
        GcnConv conv = new GcnConv(3, 2);
        ParameterStore.of(DataType.FLOAT, 1, conv);
        assertMessage(IllegalArgumentException.class, () -> conv.forward(
                NodeFeatures.dense(TestGraphs.randn(1, DataType.FLOAT, 4, 3)), CTX, ForwardMode.inference()),
                "4 feature rows", "5 nodes");
        PRelu prelu = PRelu.perChannel(4);
        ParameterStore.of(DataType.FLOAT, 1, prelu);
        assertMessage(IllegalArgumentException.class,
                () -> prelu.forward(TestGraphs.randn(1, DataType.FLOAT, 5, 3), CTX, ForwardMode.inference()), "4 columns");
    }

    @Test
    void unboundModulesAndImpossibleConfigurationsAreRejected() {
        assertMessage(IllegalStateException.class, () -> new GinConv(Mlp.of(3, 2), 3, 0, false).forward(
                NodeFeatures.dense(TestGraphs.randn(1, 5, 3)), CTX, ForwardMode.inference()), "not bound");
        Sequential startsWithActivation = new Sequential(new Relu(), new Linear(3, 2));
        ParameterStore.of(DataType.DOUBLE, 1, startsWithActivation);
        assertMessage(IllegalStateException.class, () -> startsWithActivation.forward(
                NodeFeatures.dense(TestGraphs.randn(1, 5, 3)), CTX, ForwardMode.inference()), "raw node features");
        BatchNorm bn = new BatchNorm(3);
        ParameterStore.of(DataType.DOUBLE, 1, bn);
        assertMessage(IllegalArgumentException.class,
                () -> bn.forward(TestGraphs.randn(1, 1, 3), CTX, ForwardMode.training(1)), "at least 2 rows");
        assertMessage(IllegalArgumentException.class, () -> GraphContext.of(Graph.builder(0).build()), "no");
        assertMessage(IllegalArgumentException.class, () -> new Mlp(new int[] {3}, Activation.RELU, false, false), "[3]");
        assertMessage(IllegalArgumentException.class, () -> new BatchNorm(3, 0, 1e-5), "momentum");
        assertMessage(IllegalArgumentException.class, () -> GcnEncoder.builder(3).hiddenSizes(), "at least one layer");
        assertMessage(IllegalArgumentException.class, () -> Forward.chain(List.of()), "at least one");
    }
}
