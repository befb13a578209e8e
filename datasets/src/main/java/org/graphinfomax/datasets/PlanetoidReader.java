package org.graphinfomax.datasets;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.graphinfomax.datasets.pickle.NumpyArray;
import org.graphinfomax.datasets.pickle.PickleReader;
import org.graphinfomax.graph.DuplicatePolicy;
import org.graphinfomax.graph.Graph;
import org.graphinfomax.graph.SparseMatrix;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the eight Planetoid files of one dataset and assembles them as the reference loaders of
 * GCN and DGI do (Kipf's {@code utils.load_data}, facts only):
 * <ul>
 *   <li>nodes {@code 0..allx.rows-1} take the rows of {@code allx}/{@code ally}; the k-th line of
 *       {@code test.index} names the node that takes row k of {@code tx}/{@code ty} (the reference
 *       stacks allx over tx and then moves the rows at the sorted test ids to the listed ones,
 *       which is the same thing);</li>
 *   <li>there are {@code max(test id) + 1} nodes; ids in the test range that {@code test.index}
 *       does not list (Citeseer has 15) get an empty feature row and no label;</li>
 *   <li>a label is the position of the 1 in its one-hot row; an all-zero row gives
 *       {@link Graph#UNLABELLED} (the reference's argmax would give 0);</li>
 *   <li>the graph is the union of the adjacency lists, symmetrised, without self-loops or
 *       duplicates;</li>
 *   <li>the public split: train {@code 0..y.rows-1}, validation the next 500 ids, test the ids of
 *       {@code test.index} in ascending order.</li>
 * </ul>
 */
final class PlanetoidReader {

    private static final Logger LOG = LoggerFactory.getLogger(PlanetoidReader.class);

    /** The files needed for graph, labels and split. */
    static final List<String> STRUCTURE_PARTS = List.of("y", "ty", "ally", "graph", "test.index");
    /** The files needed in addition for the node features. */
    static final List<String> FEATURE_PARTS = List.of("x", "tx", "allx");
    /** Size of the public validation split. */
    static final int VALIDATION_SIZE = 500;

    private final DatasetFiles files;
    private final String name;

    PlanetoidReader(DatasetFiles files, String name) {
        this.files = files;
        this.name = name;
    }

    /** One-hot label rows. */
    private record LabelRows(int[] values, int rows, int classes) {
        int label(int row) {
            int best = Graph.UNLABELLED;
            int bestValue = 0;
            for (int c = 0; c < classes; c++) {
                int v = values[row * classes + c];
                if (v > bestValue) {
                    bestValue = v;
                    best = c;
                }
            }
            return best;
        }
    }

    /** Which feature files a read uses. */
    enum Features {
        /** x, tx and allx: every labelled node's features (the standard dataset). */
        ALL,
        /** None: the graph has no features. */
        NONE,
        /** x and tx only: the training and test nodes' features, empty rows for the others. */
        AVAILABLE
    }

    /** The dataset with the features that {@code mode} asks for. */
    NodeClassificationDataset read(Features mode) throws IOException {
        files.requireAll(fileNames(STRUCTURE_PARTS), "needed for the graph, labels and split of Planetoid " + name);
        if (mode == Features.ALL) {
            files.requireAll(fileNames(FEATURE_PARTS), "needed for the node features of Planetoid " + name
                    + "; Planetoid.loadWithoutFeatures loads its graph, labels and split without it");
        } else if (mode == Features.AVAILABLE) {
            files.requireAll(fileNames(List.of("x", "tx")), "needed for the training and test nodes' features of Planetoid " + name);
        }
        LabelRows y = labelRows("y");
        LabelRows ty = labelRows("ty");
        LabelRows ally = labelRows("ally");
        for (LabelRows other : List.of(ty, ally)) {
            if (other.classes != y.classes) {
                throw new DatasetFormatException(location(other == ty ? "ty" : "ally"), "has " + other.classes
                        + " label columns but " + fileName("y") + " has " + y.classes);
            }
        }
        if (y.rows + VALIDATION_SIZE > ally.rows) {
            throw new DatasetFormatException(location("ally"), "has " + ally.rows + " rows, fewer than the "
                    + y.rows + " training and " + VALIDATION_SIZE + " validation nodes");
        }
        Map<Integer, int[]> adjacencyLists = PickleReader.readIntListDict(files.read(fileName("graph")),
                location("graph"));
        int largestGraphNode = adjacencyLists.entrySet().stream()
                .mapToInt(e -> Math.max(e.getKey(), Arrays.stream(e.getValue()).max().orElse(-1))).max().orElse(-1);
        int[] test = testIndex(ty.rows, ally.rows, Math.max(ally.rows + ty.rows, largestGraphNode + 1));
        int numNodes = Math.max(ally.rows, Arrays.stream(test).max().orElse(-1) + 1);

        int[] labels = new int[numNodes];
        Arrays.fill(labels, Graph.UNLABELLED);
        for (int i = 0; i < ally.rows; i++) {
            labels[i] = ally.label(i);
        }
        for (int k = 0; k < test.length; k++) {
            labels[test[k]] = ty.label(k);
        }
        Graph.Builder graph = Graph.builder(numNodes).adjacency(adjacency(adjacencyLists, numNodes)).nodeLabels(labels);
        if (mode != Features.NONE) {
            graph.features(features(y.rows, ally.rows, test, numNodes, mode == Features.ALL));
        }
        int[] sortedTest = test.clone();
        Arrays.sort(sortedTest);
        Split split = Split.of(Split.range(0, y.rows), Split.range(y.rows, y.rows + VALIDATION_SIZE), sortedTest);
        List<String> classNames = Arrays.stream(Split.range(0, y.classes)).mapToObj(Integer::toString).toList();
        NodeClassificationDataset dataset = new NodeClassificationDataset(name, graph.build(), split, classNames,
                NodeClassificationDataset.indexIds(numNodes));
        LOG.debug("read Planetoid {} from {}: {}", name, files, dataset);
        return dataset;
    }

    private LabelRows labelRows(String part) throws IOException {
        NumpyArray array = PickleReader.readArray(files.read(fileName(part)), location(part));
        if (array.rank() != 2 || array.dtype().kind() == 'f') {
            throw new DatasetFormatException(location(part), "expected a two-dimensional integer array of one-hot "
                    + "labels, found " + array);
        }
        long[] shape = array.shape();
        return new LabelRows(array.toIntArray(), (int) shape[0], (int) shape[1]);
    }

    /**
     * The test ids in file order, checked: one per row of ty, distinct, none among the ally rows
     * and none beyond {@code idBound} (a guard against absurd ids in a corrupt file).
     */
    private int[] testIndex(int testRows, int firstTestId, int idBound) throws IOException {
        String loc = location("test.index");
        int[] ids = NumericText.readInts(files.read(fileName("test.index")), loc, 1);
        if (ids.length != testRows) {
            throw new DatasetFormatException(loc, "lists " + ids.length + " test nodes but " + fileName("ty")
                    + " has " + testRows + " rows");
        }
        Map<Integer, Integer> lineOf = new HashMap<>(ids.length * 2);
        for (int k = 0; k < ids.length; k++) {
            if (ids[k] < firstTestId) {
                throw new DatasetFormatException(loc, k + 1, "node id " + ids[k] + " is below " + firstTestId
                        + ", among the nodes of " + fileName("ally"));
            }
            if (ids[k] >= idBound) {
                throw new DatasetFormatException(loc, k + 1, "node id " + ids[k] + " is beyond the " + idBound
                        + " nodes that " + fileName("ally") + ", " + fileName("ty") + " and " + fileName("graph")
                        + " account for");
            }
            Integer first = lineOf.putIfAbsent(ids[k], k + 1);
            if (first != null) {
                throw new DatasetFormatException(loc, k + 1, "node id " + ids[k] + " is listed again (first on line "
                        + first + ")");
            }
        }
        return ids;
    }

    /** The symmetric adjacency of the adjacency-list dict, without self-loops or duplicates. */
    private SparseMatrix adjacency(Map<Integer, int[]> lists, int numNodes) throws DatasetFormatException {
        String loc = location("graph");
        int entries = lists.values().stream().mapToInt(a -> a.length).sum();
        int[] src = new int[entries];
        int[] dst = new int[entries];
        int k = 0;
        for (Map.Entry<Integer, int[]> e : lists.entrySet()) {
            int node = e.getKey();
            if (node < 0 || node >= numNodes) {
                throw new DatasetFormatException(loc, "node id " + node + " is outside 0.." + (numNodes - 1));
            }
            for (int neighbour : e.getValue()) {
                if (neighbour < 0 || neighbour >= numNodes) {
                    throw new DatasetFormatException(loc, "node id " + neighbour + " (a neighbour of " + node
                            + ") is outside 0.." + (numNodes - 1));
                }
                src[k] = node;
                dst[k++] = neighbour;
            }
        }
        SparseMatrix a = SparseMatrix.fromCoo(numNodes, numNodes, src, dst, null).symmetrize(DuplicatePolicy.MAX);
        LOG.debug("{}: {} adjacency entries, {} self-loops removed", loc, entries, a.countSelfLoops());
        return a.removeSelfLoops();
    }

    /**
     * allx rows for nodes 0..allx.rows-1 (or, without allx, x rows for the training nodes), tx row k
     * for node test[k], empty rows for the rest.
     */
    private SparseMatrix features(int trainRows, int labelledRows, int[] test, int numNodes, boolean withAllx)
            throws IOException {
        SparseMatrix x = csr("x");
        SparseMatrix tx = csr("tx");
        checkRows("x", x, trainRows, "y");
        checkRows("tx", tx, test.length, "ty");
        SparseMatrix allx = x;
        if (withAllx) {
            allx = csr("allx");
            checkRows("allx", allx, labelledRows, "ally");
        }
        for (String part : List.of("tx", "allx")) {
            SparseMatrix m = part.equals("tx") ? tx : allx;
            if (m.cols() != x.cols()) {
                throw new DatasetFormatException(location(part), "has " + m.cols() + " feature columns but "
                        + fileName("x") + " has " + x.cols());
            }
        }
        SparseMatrix stacked = SparseMatrix.vstack(List.of(allx, tx, SparseMatrix.empty(1, x.cols())));
        int emptyRow = stacked.rows() - 1;
        int[] rowOf = new int[numNodes];
        for (int i = 0; i < numNodes; i++) {
            rowOf[i] = i < allx.rows() ? i : emptyRow;
        }
        for (int k = 0; k < test.length; k++) {
            rowOf[test[k]] = allx.rows() + k;
        }
        return stacked.selectRows(rowOf);
    }

    private SparseMatrix csr(String part) throws IOException {
        return PickleReader.readCsrMatrix(files.read(fileName(part)), location(part));
    }

    private void checkRows(String part, SparseMatrix m, int expected, String labelPart) throws DatasetFormatException {
        if (m.rows() != expected) {
            throw new DatasetFormatException(location(part), "has " + m.rows() + " rows but " + fileName(labelPart)
                    + " has " + expected);
        }
    }

    private List<String> fileNames(List<String> parts) {
        return parts.stream().map(this::fileName).toList();
    }

    private String fileName(String part) {
        return Planetoid.fileName(name, part);
    }

    private String location(String part) {
        return files.location(fileName(part));
    }
}
