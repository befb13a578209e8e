package org.graphinfomax.examples.output;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.imageio.ImageIO;
import org.graphinfomax.graph.io.AtomicFiles;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The pictures of a command-line run, as PNG files written atomically: the training loss with the
 * kept epoch marked, and a scatter of many embeddings that stays readable (translucent markers,
 * axes fitted to the bulk of the points).
 */
public final class RunCharts {

    private static final int WIDTH = 900;
    private static final int HEIGHT = 650;

    /** Well-separated class colours (ColorBrewer's Set1, then cyan), so that neighbouring classes stay apart. */
    private static final Color[] CLASS_COLOURS = {
        new Color(0xE41A1C), new Color(0x377EB8), new Color(0x4DAF4A), new Color(0x984EA3), new Color(0xFF7F00),
        new Color(0xA65628), new Color(0xF781BF), new Color(0x999999), new Color(0xDDC20F), new Color(0x17BECF)};

    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private RunCharts() {
    }

    /**
     * {@link Plots#lossCurve(Path, String, double[])} with the epoch whose weights were kept marked
     * (early stopping keeps the best epoch, not the last).
     *
     * @param keptEpoch 1-based epoch to mark, or 0 for none
     */
    public static void lossCurve(Path file, String title, double[] losses, int keptEpoch) throws IOException {
        if (losses.length == 0) {
            throw new IllegalArgumentException("no losses to plot");
        }
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title)
                .xAxisTitle("epoch").yAxisTitle("training loss").build();
        chart.getStyler().setXAxisDecimalPattern("#");
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE).setMarkerSize(9);
        double[] epochs = new double[losses.length];
        for (int i = 0; i < losses.length; i++) {
            epochs[i] = i + 1;
        }
        XYSeries line = chart.addSeries("loss per epoch", epochs, losses);
        line.setMarker(SeriesMarkers.NONE);
        if (keptEpoch >= 1 && keptEpoch <= losses.length) {
            XYSeries kept = chart.addSeries("kept epoch " + keptEpoch, new double[] {keptEpoch},
                    new double[] {losses[keptEpoch - 1]});
            kept.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            kept.setMarker(SeriesMarkers.DIAMOND);
            kept.setMarkerColor(new Color(200, 30, 30));
        }
        write(file, chart);
    }

    /**
     * A scatter plot of many 2-D points coloured by class that stays readable: semi-transparent
     * small markers, and axes fitted to the bulk of the points (the 0.5% most extreme on either
     * side of each axis, often a few outliers that would squash the rest, are left out and counted
     * in the title).
     *
     * @param xy one {x, y} pair per point
     * @param labels class of each point (negative: drawn as "unlabelled")
     * @param classNames name of class k, or null to use the number
     */
    public static void scatterFocused(Path file, String title, double[][] xy, int[] labels, List<String> classNames)
            throws IOException {
        if (xy.length != labels.length) {
            throw new IllegalArgumentException(xy.length + " points but " + labels.length + " labels");
        }
        double[] xRange = bulkRange(xy, 0);
        double[] yRange = bulkRange(xy, 1);
        Map<Integer, List<double[]>> byClass = new TreeMap<>();
        int hidden = 0;
        for (int i = 0; i < xy.length; i++) {
            double[] p = xy[i];
            if (p[0] < xRange[0] || p[0] > xRange[1] || p[1] < yRange[0] || p[1] > yRange[1]) {
                hidden++;
                continue;
            }
            byClass.computeIfAbsent(labels[i], k -> new ArrayList<>()).add(p);
        }
        String fullTitle = hidden == 0 ? title : title + " (" + hidden + " outlying points not shown)";
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(fullTitle)
                .xAxisTitle("component 1").yAxisTitle("component 2").build();
        chart.getStyler().setXAxisMin(xRange[0]).setXAxisMax(xRange[1]).setYAxisMin(yRange[0]).setYAxisMax(yRange[1]);
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter)
                .setMarkerSize(6).setLegendPosition(Styler.LegendPosition.OutsideE);
        int colour = 0;
        for (var entry : byClass.entrySet()) {
            int label = entry.getKey();
            List<double[]> points = entry.getValue();
            String name = label < 0 ? "unlabelled"
                    : (classNames != null && label < classNames.size() ? classNames.get(label) : "class " + label);
            XYSeries series = chart.addSeries(name, points.stream().mapToDouble(p -> p[0]).toArray(),
                    points.stream().mapToDouble(p -> p[1]).toArray());
            series.setMarker(SeriesMarkers.CIRCLE);
            Color base = label < 0 ? Color.GRAY : CLASS_COLOURS[colour++ % CLASS_COLOURS.length];
            series.setMarkerColor(new Color(base.getRed(), base.getGreen(), base.getBlue(), 180));
        }
        write(file, chart);
    }

    /** The range of one coordinate without the 0.5% most extreme values on each side, padded by 5%. */
    private static double[] bulkRange(double[][] xy, int axis) {
        double[] values = new double[xy.length];
        for (int i = 0; i < xy.length; i++) {
            values[i] = xy[i][axis];
        }
        java.util.Arrays.sort(values);
        int cut = (int) Math.floor(values.length * 0.005);
        double low = values[cut];
        double high = values[values.length - 1 - cut];
        double pad = Math.max(high - low, 1e-12) * 0.05;
        return new double[] {low - pad, high + pad};
    }

    private static void write(Path file, XYChart chart) throws IOException {
        BufferedImage image = BitmapEncoder.getBufferedImage(chart);
        AtomicFiles.write(file, out -> {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("no PNG writer available");
            }
        });
    }
}
