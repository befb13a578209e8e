package org.graphinfomax.infomax.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.graphinfomax.graph.Graph;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;

/** Stratified labelled samples, the semi-supervised folds, and the feature-sum baseline. */
class SemiSupervisedProtocolTest {

    @Test
    void stratifiedSampleKeepsTheFractionOfEveryClass() {
        int[] labels = new int[300];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = i < 200 ? 0 : (i < 290 ? 1 : 2);
        }
        int[] chosen = StratifiedSampling.sample(labels, 0.1, 4);
        long[] perClass = new long[3];
        for (int i : chosen) {
            perClass[labels[i]]++;
        }
        assertArrayEquals(new long[] {20, 9, 1}, perClass, "10% rounded, at least one of the rare class");
        assertArrayEquals(chosen, StratifiedSampling.sample(labels, 0.1, 4));
        assertEquals(chosen.length, Arrays.stream(chosen).distinct().count());
    }

    @Test
    void learnersSeeOnlyTrainingGraphsAndAreScoredOnTheTestFold() {
        List<Graph> graphs = new ArrayList<>();
        int[] labels = new int[100];
        for (int i = 0; i < 100; i++) {
            labels[i] = i % 2;
            graphs.add(Graph.builder(1 + labels[i]).features(Nd4j.ones(1 + labels[i], 1)).build());
        }
        Set<Graph> seenByLearners = new HashSet<>();
        SemiSupervisedCrossValidation.Result r = SemiSupervisedCrossValidation.standard(3).evaluate(graphs, labels,
                (labelled, y, unlabelled, test, seed) -> {
                    assertEquals(90, unlabelled.size());
                    assertTrue(unlabelled.containsAll(labelled));
                    for (Graph t : test) {
                        assertTrue(!unlabelled.contains(t), "a test graph was handed to the learner");
                    }
                    seenByLearners.addAll(test);
                    // a perfect "learner" that reads the class off the node count
                    return test.stream().mapToInt(g -> g.numNodes() - 1).toArray();
                });
        assertEquals(100, seenByLearners.size(), "every graph is tested once");
        assertEquals(1.0, r.summary().mean(), 0);
        // 45 training graphs per class, 10% rounded up from 4.5
        assertArrayEquals(new int[] {10, 10, 10, 10, 10, 10, 10, 10, 10, 10}, r.labelledCounts());
    }

    @Test
    void featureSumBaselineSumsTheNodeFeaturesOfEachGraph() {
        Graph a = Graph.builder(2).features(Nd4j.createFromArray(new float[][] {{1, 0}, {1, 2}})).build();
        Graph b = Graph.builder(1).features(Nd4j.createFromArray(new float[][] {{0, 5}})).build();
        assertEquals(Nd4j.createFromArray(new double[][] {{2, 2}, {0, 5}}), FeatureSumBaseline.embed(List.of(a, b)));
    }
}
