package org.graphinfomax.infomax.infograph;

import java.util.List;
import java.util.function.BiFunction;
import org.graphinfomax.graph.Graph;
import org.graphinfomax.graph.GraphBatch;
import org.graphinfomax.infomax.training.StepWorkspace;
import org.graphinfomax.layers.GraphContext;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Computes one output row per graph, batch by batch in the given order: each batch's computation
 * runs inside a workspace and its rows are copied into the result, which lives outside any
 * workspace.
 */
final class BatchedInference {

    private final StepWorkspace workspace;

    /** @param name a workspace name unique to the calling model */
    BatchedInference(String name) {
        this.workspace = new StepWorkspace(name);
    }

    /**
     * @param graphs the graphs, checked by the caller
     * @param batchSize graphs per batch
     * @param type data type of the result
     * @param width columns of the result
     * @param perBatch (batch, its context) -> (batch graphs x width) rows
     * @return (graphs x width)
     */
    INDArray rows(List<Graph> graphs, int batchSize, DataType type, int width,
            BiFunction<GraphBatch, GraphContext, INDArray> perBatch) {
        INDArray result;
        try (MemoryWorkspace ignored = Nd4j.getWorkspaceManager().scopeOutOfWorkspaces()) {
            result = Nd4j.create(type, graphs.size(), width);
        }
        int from = 0;
        try {
            for (GraphBatch batch : GraphBatches.inOrder(graphs, batchSize)) {
                GraphContext ctx = GraphContext.of(batch);
                int start = from;
                workspace.run(() -> {
                    INDArray out = perBatch.apply(batch, ctx);
                    result.get(NDArrayIndex.interval(start, start + batch.numGraphs()), NDArrayIndex.all()).assign(out);
                    return 0;
                });
                from += batch.numGraphs();
            }
        } finally {
            workspace.release();
        }
        return result;
    }
}
