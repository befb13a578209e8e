package org.graphinfomax.examples.scale;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import javax.imageio.ImageIO;
import org.graphinfomax.graph.io.AtomicFiles;
import org.graphinfomax.graph.io.GraphFormatException;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Draws the results of the DGI scaling benchmark ({@code ScalingBenchmark} in the infomax test
 * sources) as one PNG with two log-log panels against nodes + edges: time per training epoch and
 * peak resident memory of training, one series per training mode, plus the size of the graph
 * itself (adjacency and features) in the memory panel.
 *
 * <p>Run: {@code java -cp ... org.graphinfomax.examples.scale.ScalingPlot results.csv scaling.png}
 */
public final class ScalingPlot {

    private static final int PANEL_WIDTH = 700;
    private static final int PANEL_HEIGHT = 520;

    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private ScalingPlot() {
    }

    /**
     * One benchmark run.
     *
     * @param mode "full", "full-sage" or "mini"
     * @param hidden hidden width of the run (0 if the CSV does not say)
     * @param nodes number of nodes
     * @param edges number of stored (directed) edges
     * @param epochSeconds median time of an epoch: process CPU time where the CSV has it (steadier
     *     on a shared machine), else wall-clock time
     * @param graphMib size of adjacency and features
     * @param peakRssMib peak resident memory at the end of training
     */
    public record Run(String mode, int hidden, long nodes, long edges, double epochSeconds, double graphMib, double peakRssMib) {

        /** Nodes plus edges, the size the costs are plotted against. */
        public double size() {
            return nodes + (double) edges;
        }

        /** The legend name of the run's series: its training mode and hidden width. */
        public String seriesName() {
            String name = switch (mode) {
                case "full" -> "full-batch, GCN";
                case "full-sage" -> "full-batch, SAGE";
                case "mini" -> "mini-batch, SAGE";
                default -> mode;
            };
            return hidden > 0 ? name + " " + hidden : name;
        }
    }

    /** Arguments: the results CSV and the PNG to write. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: ScalingPlot results.csv scaling.png");
        }
        write(read(Path.of(args[0])), Path.of(args[1]));
    }

    /**
     * Reads the benchmark's CSV (header line, then one row per run; the columns used are mode,
     * nodes, edges, median_epoch_s, graph_mib, training_peak_rss_mib and, if present, hidden and
     * median_epoch_cpu_s, which then replaces median_epoch_s).
     *
     * @throws GraphFormatException naming the file and line of a malformed row or a missing column
     */
    public static List<Run> read(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            throw new GraphFormatException(csv.toString(), 1, "empty file: expected a header line");
        }
        List<String> header = Arrays.asList(lines.get(0).split(","));
        int[] columns = new int[6];
        String[] names = {"mode", "nodes", "edges", "median_epoch_s", "graph_mib", "training_peak_rss_mib"};
        for (int k = 0; k < names.length; k++) {
            columns[k] = header.indexOf(names[k]);
            if (columns[k] < 0) {
                throw new GraphFormatException(csv.toString(), 1, "no column '" + names[k] + "' in the header");
            }
        }
        int cpuColumn = header.indexOf("median_epoch_cpu_s");
        if (cpuColumn >= 0) {
            columns[3] = cpuColumn;
        }
        int hiddenColumn = header.indexOf("hidden");
        List<Run> runs = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String[] f = lines.get(i).split(",");
            try {
                int hidden = hiddenColumn < 0 ? 0 : Integer.parseInt(f[hiddenColumn]);
                runs.add(new Run(f[columns[0]], hidden, Long.parseLong(f[columns[1]]), Long.parseLong(f[columns[2]]),
                        Double.parseDouble(f[columns[3]]), Double.parseDouble(f[columns[4]]),
                        Double.parseDouble(f[columns[5]])));
            } catch (RuntimeException e) {
                throw new GraphFormatException(csv.toString(), i + 1, "malformed row: " + e.getMessage(), e);
            }
        }
        return runs;
    }

    /**
     * Writes the two panels side by side into one PNG (atomically).
     *
     * @throws IllegalArgumentException if there are no runs
     */
    public static void write(List<Run> runs, Path png) throws IOException {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("no runs to plot");
        }
        XYChart time = panel("DGI: time per epoch (process CPU)", "seconds per epoch");
        XYChart memory = panel("DGI: peak resident memory of training", "MiB");
        Map<String, List<Run>> byMode = new TreeMap<>();
        for (Run r : runs) {
            byMode.computeIfAbsent(r.seriesName(), m -> new ArrayList<>()).add(r);
        }
        for (var entry : byMode.entrySet()) {
            List<Run> sorted = entry.getValue().stream().sorted((a, b) -> Double.compare(a.size(), b.size())).toList();
            addSeries(time, entry.getKey(), sorted, Run::epochSeconds);
            addSeries(memory, entry.getKey(), sorted, Run::peakRssMib);
        }
        Map<Long, Run> bySize = new TreeMap<>();
        runs.forEach(r -> bySize.putIfAbsent(r.nodes(), r));
        List<Run> graphs = new ArrayList<>(bySize.values());
        addSeries(memory, "graph itself (CSR + features)", graphs, Run::graphMib).setLineColor(Color.GRAY);
        BufferedImage left = BitmapEncoder.getBufferedImage(time);
        BufferedImage right = BitmapEncoder.getBufferedImage(memory);
        BufferedImage both = new BufferedImage(left.getWidth() + right.getWidth(), Math.max(left.getHeight(), right.getHeight()),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = both.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, both.getWidth(), both.getHeight());
        g.drawImage(left, 0, 0, null);
        g.drawImage(right, left.getWidth(), 0, null);
        g.dispose();
        AtomicFiles.write(png, out -> {
            if (!ImageIO.write(both, "png", out)) {
                throw new IOException("no PNG writer available");
            }
        });
    }

    private static XYChart panel(String title, String yTitle) {
        XYChart chart = new XYChartBuilder().width(PANEL_WIDTH).height(PANEL_HEIGHT).title(title)
                .xAxisTitle("nodes + edges (log)").yAxisTitle(yTitle + " (log)").build();
        chart.getStyler().setXAxisLogarithmic(true).setYAxisLogarithmic(true).setMarkerSize(8);
        return chart;
    }

    private static XYSeries addSeries(XYChart chart, String name, List<Run> runs, ToDoubleFunction<Run> y) {
        double[] xs = runs.stream().mapToDouble(Run::size).toArray();
        double[] ys = runs.stream().mapToDouble(y).toArray();
        XYSeries series = chart.addSeries(name, xs, ys);
        series.setMarker(SeriesMarkers.CIRCLE);
        return series;
    }
}
