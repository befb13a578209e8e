package org.graphinfomax.examples;

import java.io.IOException;
import java.nio.file.Path;
import org.graphinfomax.graph.Graph;
import org.graphinfomax.graph.NodeFeatures;
import org.graphinfomax.graph.SparseFeatures;
import org.graphinfomax.graph.io.CsvGraph;
import org.graphinfomax.graph.io.CsvGraphReader;
import org.graphinfomax.graph.io.EmbeddingWriter;
import org.graphinfomax.infomax.dgi.DeepGraphInfomax;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Library example (b): CSV files in, an embeddings CSV out, in a dozen lines. The edge list has
 * one {@code source,target} pair per line with any string ids; the node table has a header, the
 * id in the first column and numeric feature columns. The output has the same ids in its first
 * column, so it joins back to the user's data.
 *
 * <pre>
 * java -cp graph-infomax.jar org.graphinfomax.examples.CsvToEmbeddings edges.csv nodes.csv embeddings.csv
 * </pre>
 */
public final class CsvToEmbeddings {

    private CsvToEmbeddings() {
    }

    /**
     * Reads the graph, trains DGI and writes the embeddings.
     *
     * @param hiddenSize embedding width
     * @return the embeddings, one row per node in node-table order
     */
    public static INDArray run(Path edges, Path nodes, Path output, int hiddenSize, long seed) throws IOException {
        CsvGraph csv = CsvGraphReader.builder().edges(edges).nodes(nodes).build().read();
        Graph graph = csv.graph();
        // Sparse (bag-of-words-like) features are row-normalised, as DGI does for Cora.
        if (graph.requireFeatures() instanceof SparseFeatures sparse) {
            graph = graph.toBuilder().features(NodeFeatures.sparse(sparse.matrix().rowNormalized())).build();
        }
        DeepGraphInfomax dgi = DeepGraphInfomax.builder(graph.numFeatures()).hiddenSizes(hiddenSize).seed(seed).build();
        dgi.fit(graph);
        INDArray embeddings = dgi.embed(graph);
        EmbeddingWriter.writeCsv(output, embeddings, csv.nodes().ids());
        return embeddings;
    }

    /** Args: edges.csv nodes.csv output.csv [hidden size, default 64]. */
    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: CsvToEmbeddings EDGES.csv NODES.csv OUTPUT.csv [HIDDEN]");
            System.exit(2);
        }
        int hidden = args.length > 3 ? Integer.parseInt(args[3]) : 64;
        INDArray embeddings = run(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]), hidden, 0);
        System.out.println("Wrote " + embeddings.rows() + " embeddings of width " + embeddings.columns() + " to " + args[2]);
    }
}
