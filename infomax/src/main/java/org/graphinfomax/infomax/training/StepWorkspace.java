package org.graphinfomax.infomax.training;

import java.util.function.DoubleSupplier;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.memory.conf.WorkspaceConfiguration;
import org.nd4j.linalg.api.memory.enums.AllocationPolicy;
import org.nd4j.linalg.api.memory.enums.LearningPolicy;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Runs training steps inside an ND4J workspace, so that the activations and gradients of every
 * step reuse one block of memory instead of allocating (and page-faulting) fresh off-heap arrays:
 * on a small VM that made a step several times faster. Parameters, their gradients and optimiser
 * state live outside the workspace; a step must return only Java values (such as the loss), never
 * an array created inside it.
 */
public final class StepWorkspace {

    private final WorkspaceConfiguration configuration;
    private final String id;

    /**
     * A workspace sized by the first step plus 20% for steps whose shapes vary (mini-batches).
     *
     * @param id a name unique to the calling model (workspaces are per thread and per name)
     */
    public StepWorkspace(String id) {
        this(id, 0.2);
    }

    /**
     * A workspace sized by the first step plus the given fraction.
     *
     * @param id a name unique to the calling model (workspaces are per thread and per name)
     * @param overallocation extra space relative to the first step: 0 when every step has the same
     *     shapes (full-batch training), where any extra would be nodes-sized memory never used
     */
    public StepWorkspace(String id, double overallocation) {
        if (!(overallocation >= 0 && overallocation <= 10)) {
            throw new IllegalArgumentException("over-allocation must be in [0, 10], got " + overallocation);
        }
        this.id = id;
        this.configuration = WorkspaceConfiguration.builder()
                .policyAllocation(overallocation == 0 ? AllocationPolicy.STRICT : AllocationPolicy.OVERALLOCATE)
                .overallocationLimit(overallocation)
                .policyLearning(LearningPolicy.FIRST_LOOP)
                .build();
    }

    /** Runs one step inside the workspace and returns its result. */
    public double run(DoubleSupplier step) {
        try (MemoryWorkspace ignored = Nd4j.getWorkspaceManager().getAndActivateWorkspace(configuration, id)) {
            return step.getAsDouble();
        }
    }

    /** Releases the workspace's memory on the calling thread (after training). */
    public void release() {
        Nd4j.getWorkspaceManager().destroyWorkspace(Nd4j.getWorkspaceManager().getWorkspaceForCurrentThread(configuration, id));
    }
}
