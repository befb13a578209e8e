package org.graphinfomax.examples.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.graphinfomax.datasets.GraphClassificationDataset;
import org.graphinfomax.examples.output.OutputDirectory;
import org.graphinfomax.examples.output.RunCharts;
import org.graphinfomax.examples.output.Projection;
import org.graphinfomax.graph.io.EmbeddingWriter;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Writes a set of embeddings the way every command does: {@code <name>.csv} with the user's ids
 * in the first column (for graphs, their label in the second), {@code <name>.npy} for NumPy, and {@code <name>-pca.png}, the embeddings
 * projected on their first two principal components and coloured by label.
 */
public final class EmbeddingFiles {

    private EmbeddingFiles() {
    }

    /**
     * Writes the three files.
     *
     * @param ids the id of each row, as in the input
     * @param labels the label of each row (negative: unlabelled)
     * @param classNames the name of each label
     * @param title the title of the projection plot
     * @return the files written
     */
    public static List<Path> write(OutputDirectory out, String name, INDArray embeddings, List<String> ids,
            int[] labels, List<String> classNames, String title) throws IOException {
        return write(out, name, embeddings, ids, Map.of(), labels, classNames, title);
    }

    /**
     * Writes the three files for a set of graphs: one row per graph, its id the graph's number in
     * the TU files (1-based, as in {@code <NAME>_graph_indicator.txt}), then its label as in the
     * source, then the embedding; the projection is coloured by label.
     *
     * @return the files written
     */
    public static List<Path> writeGraphs(OutputDirectory out, String name, INDArray embeddings,
            GraphClassificationDataset data, String title) throws IOException {
        List<Integer> ids = IntStream.rangeClosed(1, data.size()).boxed().toList();
        int[] labels = data.labels();
        List<String> labelNames = Arrays.stream(labels).mapToObj(l -> data.classNames().get(l)).toList();
        return write(out, name, embeddings, ids, Map.of("label", labelNames), labels, data.classNames(), title);
    }

    private static List<Path> write(OutputDirectory out, String name, INDArray embeddings, List<?> ids,
            Map<String, List<String>> extraColumns, int[] labels, List<String> classNames, String title)
            throws IOException {
        List<Path> written = new ArrayList<>();
        Path csv = out.file(name + ".csv");
        EmbeddingWriter.writeCsv(csv, embeddings, ids, extraColumns);
        written.add(csv);
        Path npy = out.file(name + ".npy");
        EmbeddingWriter.writeNpy(npy, embeddings);
        written.add(npy);
        if (embeddings.columns() >= 2 && embeddings.rows() >= 2) {
            Path png = out.file(name + "-pca.png");
            RunCharts.scatterFocused(png, title, Projection.pca2d(embeddings), labels, legendNames(classNames));
            written.add(png);
        }
        return written;
    }

    /** Class names for a legend: bare numbers become "class 3". */
    static List<String> legendNames(List<String> classNames) {
        return classNames.stream().map(n -> n.matches("-?\\d+") ? "class " + n : n).toList();
    }
}
