package org.graphinfomax.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.graphinfomax.graph.Graph;
import org.graphinfomax.graph.GraphBatch;
import org.graphinfomax.graph.NodeFeatures;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.memory.conf.WorkspaceConfiguration;
import org.nd4j.linalg.api.memory.enums.AllocationPolicy;
import org.nd4j.linalg.api.memory.enums.LearningPolicy;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;

/**
 * Training steps inside an ND4J workspace give the same parameters as outside (nothing is cached
 * across steps, parameters stay outside the workspace), and the CPU kernel and the ND4J-ops kernel
 * give the same training trajectory in FLOAT.
 */
class WorkspaceAndKernelTest {

    private static final WorkspaceConfiguration STEP_WORKSPACE = WorkspaceConfiguration.builder()
            .policyAllocation(AllocationPolicy.STRICT).policyLearning(LearningPolicy.FIRST_LOOP).build();

    private static final Graph GRAPH = TestGraphs.randomGraph(40, 120, 3);
    private static final NodeFeatures FEATURES = NodeFeatures.sparse(TestGraphs.randomSparse(40, 30, 0.1, 4));

    private static INDArray trainGcn(boolean inWorkspace, Propagation propagation, int steps) {
        TrainingStepFixture.Setup s = TrainingStepFixture.gcnSetup(30, 16, DataType.FLOAT, 11);
        GraphContext ctx = GraphContext.of(GRAPH).withPropagation(propagation);
        for (int step = 0; step < steps; step++) {
            int[] perm = TrainingStepFixture.permutation(40, step);
            if (inWorkspace) {
                try (MemoryWorkspace ignored = Nd4j.getWorkspaceManager().getAndActivateWorkspace(STEP_WORKSPACE, "layers-test")) {
                    TrainingStepFixture.gcnPairStep(s.encoder(), s.store(), s.optimizer(), FEATURES, perm, ctx,
                            ForwardMode.inference());
                }
            } else {
                TrainingStepFixture.gcnPairStep(s.encoder(), s.store(), s.optimizer(), FEATURES, perm, ctx,
                        ForwardMode.inference());
            }
        }
        assertFalse(s.store().params().isAttached(), "parameters must live outside the workspace");
        return s.store().params().dup();
    }

    private static INDArray trainGin(boolean inWorkspace, Propagation propagation, int steps) {
        GraphBatch batch = TestGraphs.randomBatch(6, 5, 8);
        GraphBatch floats = GraphBatch.of(batch.graphs().stream().map(g -> g.toBuilder()
                .features(g.requireFeatures().toDense(DataType.FLOAT)).build()).toList());
        GinEncoder encoder = new GinEncoder(5, 8, 3);
        ParameterStore store = ParameterStore.of(DataType.FLOAT, 12, encoder);
        Optimizer adam = new Optimizer(new Adam(0.01));
        GraphContext ctx = GraphContext.of(floats).withPropagation(propagation);
        ForwardMode mode = ForwardMode.training(5);
        for (int step = 0; step < steps; step++) {
            if (inWorkspace) {
                try (MemoryWorkspace ignored = Nd4j.getWorkspaceManager().getAndActivateWorkspace(STEP_WORKSPACE, "layers-test")) {
                    TrainingStepFixture.ginStep(encoder, store, adam, floats, ctx, mode);
                }
            } else {
                TrainingStepFixture.ginStep(encoder, store, adam, floats, ctx, mode);
            }
        }
        assertFalse(store.buffers().isAttached());
        return Nd4j.hstack(store.params(), store.buffers()).dup();
    }

    @Test
    void gcnStepsInsideAWorkspaceEqualStepsOutside() {
        INDArray outside = trainGcn(false, Propagation.cpuKernel(), 6);
        INDArray inside = trainGcn(true, Propagation.cpuKernel(), 6);
        assertEquals(outside, inside);
    }

    @Test
    void ginStepsInsideAWorkspaceEqualStepsOutside() {
        INDArray outside = trainGin(false, Propagation.cpuKernel(), 6);
        INDArray inside = trainGin(true, Propagation.cpuKernel(), 6);
        assertEquals(outside, inside);
    }

    @Test
    void bothKernelsFollowTheSameTrajectory() {
        INDArray cpu = trainGcn(true, Propagation.cpuKernel(), 5);
        INDArray ops = trainGcn(true, Propagation.nd4jOps(), 5);
        double diff = cpu.sub(ops).amaxNumber().doubleValue();
        assertTrue(diff < 1e-4, "GCN parameters differ by " + diff);
        INDArray ginCpu = trainGin(true, Propagation.cpuKernel(), 5);
        INDArray ginOps = trainGin(true, Propagation.nd4jOps(), 5);
        double ginDiff = ginCpu.sub(ginOps).amaxNumber().doubleValue();
        assertTrue(ginDiff < 1e-4, "GIN parameters and buffers differ by " + ginDiff);
    }

    @Test
    void trainingChangesTheParameters() {
        INDArray initial = TrainingStepFixture.gcnSetup(30, 16, DataType.FLOAT, 11).store().params().dup();
        INDArray trained = trainGcn(true, Propagation.cpuKernel(), 3);
        assertTrue(initial.sub(trained).amaxNumber().doubleValue() > 1e-3);
    }
}
