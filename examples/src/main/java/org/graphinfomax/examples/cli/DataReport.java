package org.graphinfomax.examples.cli;

import com.google.gson.JsonObject;
import java.util.Locale;
import org.graphinfomax.datasets.NodeClassificationDataset;
import org.graphinfomax.graph.Graph;

/** One line and one JSON object describing a node dataset as loaded. */
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
}
