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
 * The pictures a run produces, drawn with XChart and written as PNG files (atomically): the
 * training-loss curve and a 2-D scatter of embeddings coloured by class.
 */
public final class Plots {

    private static final int WIDTH = 900;
    private static final int HEIGHT = 650;

    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private Plots() {
    }

    /**
     * A line chart of the loss per epoch (epochs numbered from 1).
     *
     * @throws IllegalArgumentException if there are no losses
     */
    public static void lossCurve(Path file, String title, double[] losses) throws IOException {
        if (losses.length == 0) {
            throw new IllegalArgumentException("no losses to plot");
        }
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title)
                .xAxisTitle("epoch").yAxisTitle("training loss").build();
        chart.getStyler().setLegendVisible(false).setMarkerSize(0);
        double[] epochs = new double[losses.length];
        for (int i = 0; i < losses.length; i++) {
            epochs[i] = i + 1;
        }
        XYSeries series = chart.addSeries("loss", epochs, losses);
        series.setMarker(SeriesMarkers.NONE);
        write(file, chart);
    }

    /**
     * A scatter plot of 2-D points, one colour per class.
     *
     * @param xy one {x, y} pair per point
     * @param labels class of each point (negative: drawn as "unlabelled")
     * @param classNames name of class k, or null to use the number
     */
    public static void scatter(Path file, String title, double[][] xy, int[] labels, List<String> classNames) throws IOException {
        if (xy.length != labels.length) {
            throw new IllegalArgumentException(xy.length + " points but " + labels.length + " labels");
        }
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title)
                .xAxisTitle("component 1").yAxisTitle("component 2").build();
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter)
                .setMarkerSize(5).setLegendPosition(Styler.LegendPosition.OutsideE);
        Map<Integer, List<double[]>> byClass = new TreeMap<>();
        for (int i = 0; i < xy.length; i++) {
            byClass.computeIfAbsent(labels[i], k -> new ArrayList<>()).add(xy[i]);
        }
        for (var entry : byClass.entrySet()) {
            int label = entry.getKey();
            List<double[]> points = entry.getValue();
            double[] xs = points.stream().mapToDouble(p -> p[0]).toArray();
            double[] ys = points.stream().mapToDouble(p -> p[1]).toArray();
            String name = label < 0 ? "unlabelled"
                    : (classNames != null && label < classNames.size() ? classNames.get(label) : "class " + label);
            XYSeries series = chart.addSeries(name, xs, ys);
            series.setMarker(SeriesMarkers.CIRCLE);
            if (label < 0) {
                series.setMarkerColor(Color.LIGHT_GRAY);
            }
        }
        write(file, chart);
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
