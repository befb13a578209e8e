package org.graphinfomax.infomax.infograph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.graphinfomax.graph.Graph;
import org.graphinfomax.graph.GraphBatch;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * An endless supply of shuffled mini-batches of labelled graphs with their target rows: when a
 * pass over the labelled graphs is used up, the next one is shuffled. Batches and targets are made
 * outside any workspace.
 */
final class LabelledBatches {

    /** One batch with its (graphs x outputs) targets. */
    record Batch(GraphBatch graphs, INDArray targets) {
    }

    private final List<Graph> graphs;
    private final INDArray targets;
    private final int batchSize;
    private final Random random;
    private final List<Batch> pass = new ArrayList<>();
    private int next;

    LabelledBatches(List<Graph> graphs, INDArray targets, int batchSize, Random random) {
        if (graphs.size() < 2) {
            throw new IllegalArgumentException("semi-supervised training needs at least 2 labelled graphs, got "
                    + graphs.size());
        }
        this.graphs = graphs;
        this.targets = targets;
        this.batchSize = batchSize;
        this.random = random;
    }

    /** The next batch, starting a new shuffled pass when the current one is used up. */
    Batch next() {
        if (next == pass.size()) {
            reshuffle();
        }
        return pass.get(next++);
    }

    private void reshuffle() {
        List<Integer> order = new ArrayList<>(graphs.size());
        for (int i = 0; i < graphs.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, random);
        pass.clear();
        next = 0;
        try (MemoryWorkspace ignored = Nd4j.getWorkspaceManager().scopeOutOfWorkspaces()) {
            for (int[] range : GraphBatches.partition(order.size(), batchSize)) {
                int[] rows = order.subList(range[0], range[1]).stream().mapToInt(Integer::intValue).toArray();
                List<Graph> chosen = new ArrayList<>(rows.length);
                for (int r : rows) {
                    chosen.add(graphs.get(r));
                }
                pass.add(new Batch(GraphBatch.of(chosen), Nd4j.pullRows(targets, 1, rows, 'c')));
            }
        }
    }
}
