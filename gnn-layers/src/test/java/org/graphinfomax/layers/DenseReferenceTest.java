package org.graphinfomax.layers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.graphinfomax.graph.Graph;
import org.graphinfomax.graph.NodeFeatures;
import org.graphinfomax.graph.SparseMatrix;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Forward results against an independent dense computation: the normalised adjacency built densely
 * here from A (not graph-core's), plain ND4J mmul, and element-wise formulas.
 */
class DenseReferenceTest {

    /** For exact formulas in DOUBLE. */
    private static final double TOL = 1e-10;
    /**
     * For results through Â: graph-core stores sparse values as float, so the normalised entries
     * carry float rounding (relative 6e-8) while the dense reference here is computed in double.
     */
    private static final double FLOAT_ADJACENCY_TOL = 1e-6;

    /** D^-1/2 (A + I) D^-1/2 computed densely from the raw adjacency. */
    private static INDArray denseGcnAdjacency(Graph g) {
        INDArray a = g.adjacency().toDense(DataType.DOUBLE).addi(Nd4j.eye(g.numNodes()).castTo(DataType.DOUBLE));
        INDArray invSqrt = Transforms.pow(a.sum(true, 1), -0.5, true);
        return a.mulColumnVector(invSqrt).mulRowVector(invSqrt.reshape(1, g.numNodes()));
    }

    private static void assertClose(INDArray expected, INDArray actual) {
        assertClose(expected, actual, TOL);
    }

    private static void assertClose(INDArray expected, INDArray actual, double tolerance) {
        assertArrayEquals(expected.shape(), actual.shape());
        double diff = expected.sub(actual).amaxNumber().doubleValue();
        assertTrue(diff < tolerance, "max abs difference " + diff);
    }

    @Test
    void gcnConvMatchesDenseAdjacencyProduct() {
        Graph g = TestGraphs.randomGraph(12, 30, 4);
        for (Propagation p : new Propagation[] {Propagation.cpuKernel(), Propagation.nd4jOps()}) {
            GraphContext ctx = GraphContext.of(g).withPropagation(p);
            GcnConv conv = new GcnConv(5, 4);
            ParameterStore store = ParameterStore.of(DataType.DOUBLE, 1, conv);
            GradientAssertions.randomizeParameters(store, 1);
            INDArray x = TestGraphs.randn(2, 12, 5);
            INDArray expected = denseGcnAdjacency(g).mmul(x.mmul(store.value("weight")))
                    .addiRowVector(store.value("bias"));
            assertClose(expected, conv.forward(x, ctx, ForwardMode.inference()).output(), FLOAT_ADJACENCY_TOL);
            SparseMatrix sparseX = TestGraphs.randomSparse(12, 5, 0.3, 3);
            INDArray expectedSparse = denseGcnAdjacency(g).mmul(sparseX.toDense(DataType.DOUBLE).mmul(store.value("weight")))
                    .addiRowVector(store.value("bias"));
            assertClose(expectedSparse, conv.forward(NodeFeatures.sparse(sparseX), ctx, ForwardMode.inference()).output(),
                    FLOAT_ADJACENCY_TOL);
        }
    }

    @Test
    void ginConvMatchesDenseFormula() {
        Graph g = TestGraphs.randomGraph(10, 25, 5);
        GraphContext ctx = GraphContext.of(g);
        Mlp mlp = Mlp.of(3, 6, 2);
        GinConv conv = new GinConv(mlp, 3, 0.4, true);
        ParameterStore store = ParameterStore.of(DataType.DOUBLE, 2, conv);
        INDArray x = TestGraphs.randn(3, 10, 3);
        double eps = store.value("eps").getDouble(0);
        assertEquals(0.4, eps, 1e-15);
        INDArray h = g.adjacency().toDense(DataType.DOUBLE).mmul(x).addi(x.mul(1 + eps));
        INDArray hidden = Transforms.relu(h.mmul(store.value("mlp.0.weight")).addiRowVector(store.value("mlp.0.bias")));
        INDArray expected = hidden.mmul(store.value("mlp.2.weight")).addiRowVector(store.value("mlp.2.bias"));
        assertClose(expected, conv.forward(x, ctx, ForwardMode.inference()).output());
    }

    @Test
    void dgiEncoderMatchesDenseFormulaWithPRelu() {
        Graph g = TestGraphs.randomGraph(15, 40, 6);
        GraphContext ctx = GraphContext.of(g);
        GcnEncoder encoder = GcnEncoder.builder(7).hiddenSizes(6).build();
        ParameterStore store = ParameterStore.of(DataType.DOUBLE, 3, encoder);
        GradientAssertions.randomizeParameters(store, 3);
        INDArray x = TestGraphs.randn(4, 15, 7);
        INDArray z = denseGcnAdjacency(g).mmul(x.mmul(store.value("conv0.weight"))).addiRowVector(store.value("conv0.bias"));
        double slope = store.value("act0.slope").getDouble(0);
        INDArray expected = Transforms.max(z, 0.0, true).addi(Transforms.min(z, 0.0, true).muli(slope));
        assertClose(expected, encoder.encode(NodeFeatures.dense(x), ctx, ForwardMode.inference()).nodeEmbeddings(),
                FLOAT_ADJACENCY_TOL);
    }

    @Test
    void batchNormMatchesPytorchConventions() {
        GraphContext ctx = GraphContext.of(TestGraphs.randomGraph(8, 5, 1));
        BatchNorm bn = new BatchNorm(3);
        ParameterStore store = ParameterStore.of(DataType.DOUBLE, 1, bn);
        INDArray x = TestGraphs.randn(9, 8, 3).muli(2).addi(1);
        INDArray out = bn.forward(x, ctx, ForwardMode.training(1)).output();
        INDArray mean = x.mean(true, 0);
        INDArray biasedVar = x.var(false, 0).reshape(1, 3);
        INDArray expected = x.subRowVector(mean).diviRowVector(Transforms.sqrt(biasedVar.add(1e-5)));
        assertClose(expected, out);
        // running statistics: 0.9 * initial + 0.1 * batch statistic (unbiased variance)
        assertClose(mean.mul(0.1), store.value("runningMean"));
        assertClose(x.var(true, 0).reshape(1, 3).mul(0.1).addi(0.9), store.value("runningVar"));
        INDArray inference = bn.forward(x, ctx, ForwardMode.inference()).output();
        INDArray expectedInference = x.subRowVector(store.value("runningMean"))
                .diviRowVector(Transforms.sqrt(store.value("runningVar").add(1e-5)));
        assertClose(expectedInference, inference);
    }
}
