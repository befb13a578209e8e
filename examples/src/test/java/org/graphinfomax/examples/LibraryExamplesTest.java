package org.graphinfomax.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.graphinfomax.infomax.mi.MiEstimators;
import org.jgrapht.Graph;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.jgrapht.graph.DefaultEdge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Every library example runs, so none can rot. */
class LibraryExamplesTest {

    @TempDir
    Path dir;

    @Test
    void karateClubNeighboursAreCloseInTheGraph() {
        Graph<Integer, DefaultEdge> club = JGraphTNearestNeighbours.karateClub();
        assertEquals(34, club.vertexSet().size());
        assertEquals(78, club.edgeSet().size());
        List<JGraphTNearestNeighbours.Neighbour> neighbours = JGraphTNearestNeighbours.nearestNeighbours(club, 33, 5, 0);
        assertEquals(5, neighbours.size());
        DijkstraShortestPath<Integer, DefaultEdge> paths = new DijkstraShortestPath<>(club);
        double previous = 1.0;
        for (var nb : neighbours) {
            assertTrue(nb.node() != 33);
            assertTrue(nb.similarity() <= previous + 1e-9, "sorted by similarity: " + neighbours);
            previous = nb.similarity();
            assertTrue(paths.getPathWeight(33, nb.node()) <= 2, "member " + nb.node() + " is far from 33: " + neighbours);
        }
        JGraphTNearestNeighbours.main(new String[] {"0", "3"});
    }

    @Test
    void csvFilesBecomeAnEmbeddingsCsvWithTheUsersIds() throws IOException {
        Path edges = dir.resolve("edges.csv");
        Path nodes = dir.resolve("nodes.csv");
        StringBuilder e = new StringBuilder();
        StringBuilder n = new StringBuilder("id,likes_jazz,likes_rock,likes_folk\n");
        String[] names = {"ana", "ben", "cho", "dev", "eli", "fay", "gus", "hal", "ivy", "jo"};
        for (int i = 0; i < names.length; i++) {
            e.append(names[i]).append(',').append(names[(i + 1) % names.length]).append('\n');
            e.append(names[i]).append(',').append(names[(i + 3) % names.length]).append('\n');
            n.append(names[i]).append(',').append(i % 2).append(',').append(i % 3 == 0 ? 1 : 0).append(",1\n");
        }
        Files.writeString(edges, e);
        Files.writeString(nodes, n);
        Path output = dir.resolve("out/embeddings.csv");
        INDArray embeddings = CsvToEmbeddings.run(edges, nodes, output, 8, 0);
        assertEquals(10, embeddings.rows());
        assertEquals(8, embeddings.columns());
        List<String> lines = Files.readAllLines(output);
        assertEquals(11, lines.size());
        assertTrue(lines.get(0).startsWith("id,dim_0,"), lines.get(0));
        for (int i = 0; i < names.length; i++) {
            assertTrue(lines.get(i + 1).startsWith(names[i] + ","), lines.get(i + 1));
        }
    }

    @Test
    void gaussianMutualInformationIsEstimatedCloseToTheTruth() {
        double truth = 2.0;
        var infoNce = GaussianMutualInformation.estimate(MiEstimators.infoNce(), truth, 600, 0);
        assertEquals(truth, infoNce.trueMi());
        assertEquals(truth, infoNce.estimate(), 0.5, "InfoNCE estimate " + infoNce.estimate());
        var nwj = GaussianMutualInformation.estimate(MiEstimators.jsTrainedNwj(), truth, 600, 0);
        assertEquals(truth, nwj.estimate(), 0.6, "JS-trained NWJ estimate " + nwj.estimate());
        // An untrained critic knows nothing: about 0 nats.
        var untrained = GaussianMutualInformation.estimate(MiEstimators.infoNce(), truth, 4, 0);
        assertTrue(untrained.estimate() < 0.5, "untrained " + untrained.estimate());
    }
}
