package org.graphinfomax.infomax.mi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.memory.conf.WorkspaceConfiguration;
import org.nd4j.linalg.api.memory.enums.AllocationPolicy;
import org.nd4j.linalg.api.memory.enums.LearningPolicy;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Training steps run inside an ND4J workspace: the estimators must give the same results there. */
class WorkspaceTest {

    private static final WorkspaceConfiguration CONFIG = WorkspaceConfiguration.builder()
            .policyAllocation(AllocationPolicy.STRICT).policyLearning(LearningPolicy.FIRST_LOOP).build();

    @ParameterizedTest(name = "{0}")
    @MethodSource(AllEstimators.SOURCE)
    void estimatesInsideAWorkspaceMatchThoseOutside(AllEstimators.Case estimator) {
        INDArray scores = TestArrays.gaussian(3, DataType.FLOAT, 12, 4, 0.0, 2.0);
        int[] graphIndex = {0, 0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 3};
        MiEstimator outsideEstimator = estimator.create();
        MiEstimator insideEstimator = estimator.create();
        for (int step = 0; step < 3; step++) {
            MiEstimate outside = outsideEstimator.estimate(CriticScores.byGraph(scores, graphIndex));
            try (MemoryWorkspace workspace = Nd4j.getWorkspaceManager().getAndActivateWorkspace(CONFIG, "mi-test")) {
                MiEstimate inside = insideEstimator.estimate(CriticScores.byGraph(scores, graphIndex));
                assertTrue(inside.gradient().isAttached(), "gradient lives in the workspace");
                assertEquals(outside.value(), inside.value(), 1e-6, estimator.name());
                assertTrue(outside.gradient().equalsWithEps(inside.gradient().detach(), 1e-6), estimator.name());
            }
            scores.muli(1.5);
        }
    }
}
