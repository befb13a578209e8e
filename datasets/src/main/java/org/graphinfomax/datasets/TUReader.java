package org.graphinfomax.datasets;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.graphinfomax.graph.DuplicatePolicy;
import org.graphinfomax.graph.Graph;
import org.graphinfomax.graph.SparseMatrix;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one dataset in the TU Dortmund text format (Morris et al. 2020): {@code <NAME>_A.txt} (one
 * directed pair of 1-based node ids per line), {@code _graph_indicator.txt} (the 1-based graph of
 * each node), {@code _graph_labels.txt} (the class of each graph) and, when present,
 * {@code _node_labels.txt}, {@code _node_attributes.txt}, {@code _edge_labels.txt} and
 * {@code _edge_attributes.txt}.
 *
 * <p>Every file is checked against the others (one line per node, per graph or per edge line; ids
 * in range; both ends of an edge in the same graph) and errors name the file and line. Duplicate
 * edge lines (IMDB-BINARY and IMDB-MULTI list every pair twice) and self-loops are dropped; edges
 * are kept as the file gives them (the benchmark files list both directions). Graph labels become
 * 0..C-1 in ascending order of the original values. Edge labels and attributes are checked but not
 * carried: {@link Graph} has no edge features.
 */
final class TUReader {

    private static final Logger LOG = LoggerFactory.getLogger(TUReader.class);

    private final DatasetFiles files;
    private final String name;
    private final TUOptions options;

    TUReader(DatasetFiles files, String name, TUOptions options) {
        this.files = files;
        this.name = name;
        this.options = options;
    }

    /** The node count per graph and the graph and position within it of every node. */
    private record Membership(int[] graphOf, int[] localIndex, int[] nodeCount) {
    }

    GraphClassificationDataset read() throws IOException {
        files.requireAll(List.of(file("A"), file("graph_indicator"), file("graph_labels")),
                "needed for every TU dataset (edges, node-to-graph map and graph classes)");
        int[] graphLabels = NumericText.readInts(files.read(file("graph_labels")), location("graph_labels"), 1);
        if (graphLabels.length == 0) {
            throw new DatasetFormatException(location("graph_labels"), "lists no graphs");
        }
        Membership members = membership(graphLabels.length);
        int numNodes = members.graphOf.length;
        int[] nodeLabels = optionalNodeLabels(numNodes);
        NumericText.FloatTable attributes = optionalNodeAttributes(numNodes);
        int[] edges = NumericText.readInts(files.read(file("A")), location("A"), 2);
        checkEdges(edges, members.graphOf);
        checkEdgeExtras(edges.length / 2);

        List<SparseMatrix> adjacencies = adjacencies(edges, members);
        FeatureEncoder encoder = new FeatureEncoder(options, nodeLabels, attributes, adjacencies);
        Map<Integer, Integer> classOf = new HashMap<>();
        int[] distinct = Arrays.stream(graphLabels).distinct().sorted().toArray();
        List<String> classNames = new ArrayList<>();
        for (int c = 0; c < distinct.length; c++) {
            classOf.put(distinct[c], c);
            classNames.add(Integer.toString(distinct[c]));
        }
        int[] nodesInOrder = nodesByGraph(members);
        List<Graph> graphs = new ArrayList<>(graphLabels.length);
        int from = 0;
        for (int g = 0; g < graphLabels.length; g++) {
            int n = members.nodeCount[g];
            int[] nodes = Arrays.copyOfRange(nodesInOrder, from, from + n);
            from += n;
            graphs.add(Graph.builder(n).adjacency(adjacencies.get(g)).features(encoder.encode(nodes, adjacencies.get(g)))
                    .graphLabel(classOf.get(graphLabels[g])).build());
        }
        GraphClassificationDataset dataset = new GraphClassificationDataset(name, graphs, classNames,
                encoder.description());
        LOG.debug("read TU dataset {} from {}: {}", name, files, dataset);
        return dataset;
    }

    /** Reads graph_indicator: every node's graph must be one of graph_labels' and every graph must have a node. */
    private Membership membership(int numGraphs) throws IOException {
        String loc = location("graph_indicator");
        int[] indicator = NumericText.readInts(files.read(file("graph_indicator")), loc, 1);
        int[] graphOf = new int[indicator.length];
        int[] localIndex = new int[indicator.length];
        int[] count = new int[numGraphs];
        for (int i = 0; i < indicator.length; i++) {
            int g = indicator[i];
            if (g < 1 || g > numGraphs) {
                throw new DatasetFormatException(loc, i + 1, "graph id " + g + " is outside 1.." + numGraphs
                        + " (the graphs of " + file("graph_labels") + ")");
            }
            graphOf[i] = g - 1;
            localIndex[i] = count[g - 1]++;
        }
        for (int g = 0; g < numGraphs; g++) {
            if (count[g] == 0) {
                throw new DatasetFormatException(location("graph_labels"), g + 1, "graph " + (g + 1)
                        + " has no nodes in " + file("graph_indicator"));
            }
        }
        return new Membership(graphOf, localIndex, count);
    }

    private int[] optionalNodeLabels(int numNodes) throws IOException {
        if (!files.exists(file("node_labels"))) {
            return null;
        }
        int[] labels = NumericText.readInts(files.read(file("node_labels")), location("node_labels"), 1);
        requireLines("node_labels", labels.length, "graph_indicator", numNodes, "node");
        return labels;
    }

    private NumericText.FloatTable optionalNodeAttributes(int numNodes) throws IOException {
        if (!files.exists(file("node_attributes"))) {
            return null;
        }
        NumericText.FloatTable table = NumericText.readFloats(files.read(file("node_attributes")),
                location("node_attributes"));
        requireLines("node_attributes", table.rows(), "graph_indicator", numNodes, "node");
        return table;
    }

    /** Ids within 1..numNodes and both ends in one graph. */
    private void checkEdges(int[] edges, int[] graphOf) throws DatasetFormatException {
        String loc = location("A");
        int numNodes = graphOf.length;
        for (int e = 0; e < edges.length / 2; e++) {
            for (int end = 0; end < 2; end++) {
                int node = edges[2 * e + end];
                if (node < 1 || node > numNodes) {
                    throw new DatasetFormatException(loc, e + 1, "node " + node + " is outside 1.." + numNodes
                            + " (the nodes listed in " + file("graph_indicator") + ")");
                }
            }
            int gu = graphOf[edges[2 * e] - 1];
            int gv = graphOf[edges[2 * e + 1] - 1];
            if (gu != gv) {
                throw new DatasetFormatException(loc, e + 1, "edge " + edges[2 * e] + ", " + edges[2 * e + 1]
                        + " joins graph " + (gu + 1) + " and graph " + (gv + 1));
            }
        }
    }

    /** Edge labels and attributes, when present, must have one valid line per edge line. */
    private void checkEdgeExtras(int edgeLines) throws IOException {
        if (files.exists(file("edge_labels"))) {
            int[] labels = NumericText.readInts(files.read(file("edge_labels")), location("edge_labels"), 1);
            requireLines("edge_labels", labels.length, "A", edgeLines, "edge");
        }
        if (files.exists(file("edge_attributes"))) {
            NumericText.FloatTable table = NumericText.readFloats(files.read(file("edge_attributes")),
                    location("edge_attributes"));
            requireLines("edge_attributes", table.rows(), "A", edgeLines, "edge");
        }
    }

    /** One adjacency matrix per graph in local node indices, without duplicates or self-loops. */
    private List<SparseMatrix> adjacencies(int[] edges, Membership m) {
        int numGraphs = m.nodeCount.length;
        int numEdges = edges.length / 2;
        int[] start = new int[numGraphs + 1];
        for (int e = 0; e < numEdges; e++) {
            start[m.graphOf[edges[2 * e] - 1] + 1]++;
        }
        for (int g = 0; g < numGraphs; g++) {
            start[g + 1] += start[g];
        }
        int[] next = Arrays.copyOf(start, numGraphs);
        int[] src = new int[numEdges];
        int[] dst = new int[numEdges];
        for (int e = 0; e < numEdges; e++) {
            int u = edges[2 * e] - 1;
            int v = edges[2 * e + 1] - 1;
            int slot = next[m.graphOf[u]]++;
            src[slot] = m.localIndex[u];
            dst[slot] = m.localIndex[v];
        }
        List<SparseMatrix> out = new ArrayList<>(numGraphs);
        int dropped = 0;
        for (int g = 0; g < numGraphs; g++) {
            int n = m.nodeCount[g];
            SparseMatrix a = SparseMatrix.fromCoo(n, n, Arrays.copyOfRange(src, start[g], start[g + 1]),
                    Arrays.copyOfRange(dst, start[g], start[g + 1]), null)
                    .deduplicate(DuplicatePolicy.MAX).removeSelfLoops();
            dropped += (start[g + 1] - start[g]) - a.nnz();
            out.add(a);
        }
        if (dropped > 0) {
            LOG.debug("{}: {} duplicate edge lines or self-loops dropped", location("A"), dropped);
        }
        return out;
    }

    /** All node ids grouped by graph, in file order within each graph. */
    private static int[] nodesByGraph(Membership m) {
        int numGraphs = m.nodeCount.length;
        int[] start = new int[numGraphs];
        for (int g = 1; g < numGraphs; g++) {
            start[g] = start[g - 1] + m.nodeCount[g - 1];
        }
        int[] order = new int[m.graphOf.length];
        for (int i = 0; i < m.graphOf.length; i++) {
            order[start[m.graphOf[i]] + m.localIndex[i]] = i;
        }
        return order;
    }

    private void requireLines(String part, int lines, String otherPart, int expected, String what)
            throws DatasetFormatException {
        if (lines != expected) {
            throw new DatasetFormatException(location(part), "has " + lines + " lines but " + location(otherPart)
                    + " has " + expected + "; both must have one line per " + what);
        }
    }

    private String file(String part) {
        return TUDataset.fileName(name, part);
    }

    private String location(String part) {
        return files.location(file(part));
    }
}
