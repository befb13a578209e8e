package org.graphinfomax.examples.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A small user graph in CSV form with string node ids: three communities of 20 accounts
 * ({@code acct-red-07}, ...), denser inside than between, 6 non-negative features that hint at the
 * community, a text label and a split column.
 */
final class SmallCsvGraph {

    static final String[] CLASSES = {"red", "green", "blue"};
    static final int PER_CLASS = 20;
    static final int FEATURES = 6;

    private SmallCsvGraph() {
    }

    /** The ids in node-table order. */
    static List<String> ids(String prefix) {
        List<String> ids = new ArrayList<>();
        for (String c : CLASSES) {
            for (int k = 0; k < PER_CLASS; k++) {
                ids.add(String.format(Locale.ROOT, "%s-%s-%02d", prefix, c, k));
            }
        }
        return ids;
    }

    /** Writes {@code edges.csv} and {@code nodes.csv} into {@code dir}; returns {edges, nodes}. */
    static Path[] write(Path dir, String prefix, long seed) throws IOException {
        Files.createDirectories(dir);
        Random rng = new Random(seed);
        List<String> ids = ids(prefix);
        StringBuilder edges = new StringBuilder();
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                boolean same = i / PER_CLASS == j / PER_CLASS;
                if (rng.nextDouble() < (same ? 0.3 : 0.02)) {
                    edges.append(ids.get(i)).append(',').append(ids.get(j)).append('\n');
                }
            }
        }
        StringBuilder nodes = new StringBuilder("id");
        for (int f = 0; f < FEATURES; f++) {
            nodes.append(",f").append(f);
        }
        nodes.append(",label,split\n");
        for (int i = 0; i < ids.size(); i++) {
            int c = i / PER_CLASS;
            int k = i % PER_CLASS;
            nodes.append(ids.get(i));
            for (int f = 0; f < FEATURES; f++) {
                double hint = f % CLASSES.length == c ? 1.0 : 0.0;
                nodes.append(',').append(String.format(Locale.ROOT, "%.3f", hint + rng.nextDouble()));
            }
            nodes.append(',').append(CLASSES[c]).append(',').append(k < 5 ? "train" : k < 10 ? "val" : "test").append('\n');
        }
        Path e = dir.resolve("edges.csv");
        Path n = dir.resolve("nodes.csv");
        Files.writeString(e, edges);
        Files.writeString(n, nodes);
        return new Path[] {e, n};
    }
}
