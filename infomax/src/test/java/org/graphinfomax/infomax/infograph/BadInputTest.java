package org.graphinfomax.infomax.infograph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.graphinfomax.graph.Graph;
import org.graphinfomax.graph.GraphBatch;
import org.graphinfomax.infomax.eval.FeatureSumBaseline;
import org.graphinfomax.infomax.eval.SemiSupervisedCrossValidation;
import org.graphinfomax.infomax.eval.SvmCrossValidation;
import org.graphinfomax.layers.ForwardMode;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

/** Bad input gets a clear error that names the offending graph, value or setting. */
class BadInputTest {

    private static InfoGraph model(int features) {
        return InfoGraph.builder(features).hiddenSize(4).numLayers(2).epochs(1).dataType(DataType.DOUBLE).build();
    }

    private static Graph emptyGraph() {
        return Graph.builder(0).build();
    }

    @Test
    void aGraphWithoutNodesIsNamedByItsPosition() {
        List<Graph> graphs = new ArrayList<>(TinyGraphs.graphs(4, 3, 1));
        graphs.add(2, emptyGraph());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> model(3).fit(graphs));
        assertEquals("training graphs: graph 2 has no nodes; every graph needs at least one", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> model(3).embed(graphs));
        assertTrue(e.getMessage().contains("graph 2 has no nodes"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> GraphBatch.of(graphs));
        assertTrue(e.getMessage().contains("graph 2 of the batch has no nodes"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> FeatureSumBaseline.embed(graphs));
        assertEquals("graph 2 has no nodes", e.getMessage());
    }

    @Test
    void graphsWithDifferingFeatureSizesAreRejected() {
        List<Graph> graphs = new ArrayList<>(TinyGraphs.graphs(3, 3, 2));
        graphs.add(TinyGraphs.graph(4, 5, 3));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> model(3).fit(graphs));
        assertEquals("training graphs: graph 3 has 5 features per node, but the model was built for 3", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> FeatureSumBaseline.embed(graphs));
        assertEquals("graph 3 has 5 features per node, graph 0 has 3", e.getMessage());
        InfoGraphStar star = InfoGraphStar.builder(3, SupervisedTask.classification(2)).hiddenSize(4).numLayers(2)
                .epochs(1).build();
        e = assertThrows(IllegalArgumentException.class,
                () -> star.fit(TinyGraphs.graphs(3, 3, 4), new int[] {0, 1, 0}, graphs));
        assertEquals("unlabelled graphs: graph 3 has 5 features per node, but the model was built for 3", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> model(3).loss(GraphBatch.of(TinyGraphs.graphs(2, 5, 1)),
                ForwardMode.inference(), false));
        assertTrue(e.getMessage().contains("graph 0 has 5 features per node"), e.getMessage());
    }

    @Test
    void graphsWithoutFeaturesAndTooFewGraphsAreRejected() {
        Graph bare = Graph.builder(3).undirectedEdges(new int[] {0, 1}, new int[] {1, 2}, null).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> model(3).fit(List.of(bare)));
        assertTrue(e.getMessage().contains("graph 0 has no node features"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> model(3).fit(TinyGraphs.graphs(1, 3, 5)));
        assertTrue(e.getMessage().contains("at least 2 graphs"), e.getMessage());
    }

    @Test
    void aSingleClassDatasetIsRejectedByTheClassifiers() {
        List<Graph> graphs = TinyGraphs.graphs(20, 3, 6);
        int[] oneClass = new int[20];
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SvmCrossValidation.builder().build().evaluate(Nd4j.rand(DataType.DOUBLE, 20, 4), oneClass));
        assertEquals("a classifier needs samples of at least two classes, got only class 0", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> SemiSupervisedCrossValidation.standard(1)
                .evaluate(graphs, oneClass, (l, y, u, t, s) -> new int[t.size()]));
        assertEquals("a classifier needs samples of at least two classes, got only class 0", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> SupervisedTask.classification(1));
        assertEquals("classification needs at least 2 classes, got 1", e.getMessage());
        InfoGraphStar star = InfoGraphStar.builder(3, SupervisedTask.classification(2)).hiddenSize(4).numLayers(2)
                .epochs(1).build();
        e = assertThrows(IllegalArgumentException.class,
                () -> star.fit(graphs.subList(0, 3), new int[] {0, 2, 1}, graphs));
        assertEquals("labelled graph 1 has class 2, outside [0, 2)", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> star.fit(graphs.subList(0, 3), new int[] {0, 1}, graphs));
        assertEquals("3 labelled graphs but 2 targets", e.getMessage());
    }

    @Test
    void settingsOutOfRangeAreNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> InfoGraph.builder(3).learningRate(-1).build());
        assertEquals("learning rate must be positive and finite, got -1.0", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> InfoGraph.builder(3).batchSize(1).build());
        assertEquals("batch size must be at least 2, got 1", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> InfoGraph.builder(0).build());
        assertEquals("input size must be positive, got 0", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> InfoGraphStar.builder(3, SupervisedTask.regression(1)).dropout(1.0).build());
        assertEquals("dropout must be in [0, 1), got 1.0", e.getMessage());
    }
}
