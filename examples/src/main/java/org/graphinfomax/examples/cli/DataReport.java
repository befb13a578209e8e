package org.graphinfomax.examples.cli;

import com.google.gson.JsonObject;
import java.util.Locale;
import com.google.gson.JsonArray;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.graphinfomax.datasets.GraphClassificationDataset;
import org.graphinfomax.datasets.NodeClassificationDataset;
import org.graphinfomax.graph.Graph;

/** One line and one JSON object describing a dataset as loaded (a node dataset or a set of graphs). */
public final class DataReport {

    private DataReport() {
    }

    /** For example {@code cora (bundled): 2708 nodes, 5278 edges, 1433 features (row-normalised), 7 classes, split 140/500/1000}. */
    public static String describe(NodeClassificationDataset data, String source, boolean rowNormalized) {
        Graph g = data.graph();
        return String.format(Locale.ROOT, "%s: %d nodes, %d %s, %d features%s, %d classes%s", source, g.numNodes(),
                g.isUndirected() ? g.numEdges() / 2 : g.numEdges(), g.isUndirected() ? "undirected edges" : "directed edges",
                g.numFeatures(), rowNormalized ? " (row-normalised)" : "", data.numClasses(),
                data.split().trainSize() + data.split().testSize() > 0
                        ? String.format(Locale.ROOT, ", split %d/%d/%d train/val/test", data.split().trainSize(),
                                data.split().validationSize(), data.split().testSize())
                        : ", no split");
    }

    /** The same as JSON, for the run summary. */
    public static JsonObject json(NodeClassificationDataset data, String source, boolean rowNormalized) {
        JsonObject o = new JsonObject();
        Graph g = data.graph();
        o.addProperty("name", data.name());
        o.addProperty("source", source);
        o.addProperty("nodes", g.numNodes());
        o.addProperty("storedEdges", g.numEdges());
        o.addProperty("undirected", g.isUndirected());
        o.addProperty("features", g.numFeatures());
        o.addProperty("rowNormalizedFeatures", rowNormalized);
        o.addProperty("classes", data.numClasses());
        o.addProperty("train", data.split().trainSize());
        o.addProperty("validation", data.split().validationSize());
        o.addProperty("test", data.split().testSize());
        return o;
    }

    /**
     * For example {@code MUTAG (bundled): 188 graphs (17.9 nodes, 19.8 edges on average), 7 node
     * features: one-hot node labels (7 values, 0..6), 2 classes of 63/125 graphs}.
     */
    public static String describe(GraphClassificationDataset data, String source) {
        return String.format(Locale.ROOT, "%s: %d graphs (%.1f nodes, %.1f edges on average), %d node features: %s, "
                + "%d classes of %s graphs", source, data.size(), data.averageNodes(), data.averageEdges(),
                data.numFeatures(), data.featureDescription(), data.numClasses(),
                Arrays.stream(data.classCounts()).mapToObj(Integer::toString).collect(Collectors.joining("/")));
    }

    /** The same as JSON, for the run summary. */
    public static JsonObject json(GraphClassificationDataset data, String source) {
        JsonObject o = new JsonObject();
        o.addProperty("name", data.name());
        o.addProperty("source", source);
        o.addProperty("graphs", data.size());
        o.addProperty("averageNodes", data.averageNodes());
        o.addProperty("averageEdges", data.averageEdges());
        o.addProperty("features", data.numFeatures());
        o.addProperty("featureDescription", data.featureDescription());
        JsonArray classes = new JsonArray();
        int[] counts = data.classCounts();
        for (int c = 0; c < counts.length; c++) {
            JsonObject cls = new JsonObject();
            cls.addProperty("label", data.classNames().get(c));
            cls.addProperty("graphs", counts[c]);
            classes.add(cls);
        }
        o.add("classes", classes);
        return o;
    }
}
