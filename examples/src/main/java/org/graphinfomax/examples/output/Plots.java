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
 * training-loss curve, multi-line charts (e.g. MI estimates against the truth) and a 2-D scatter of
 * embeddings coloured by class.
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
        double[] epochs = new double[losses.length];
        for (int i = 0; i < losses.length; i++) {
            epochs[i] = i + 1;
        }
        XYChart chart = lines(title, "epoch", "training loss", epochs, List.of(Line.of("loss", losses)));
        chart.getStyler().setLegendVisible(false);
        write(file, chart);
    }

    /**
     * One line of a {@link #lineChart line chart}: a named series of y values; a reference line (e.g. the
     * ground truth) is drawn black and thicker than the others, which get the theme's colours in order.
     *
     * @param name      the legend entry
     * @param y         one value per x value
     * @param reference whether this is the reference line
     */
    public record Line(String name, double[] y, boolean reference) {

        /** Copies the values. */
        public Line {
            java.util.Objects.requireNonNull(name, "name");
            y = y.clone();
        }

        /** A line drawn in the next theme colour. */
        public static Line of(String name, double[] y) {
            return new Line(name, y, false);
        }

        /** A reference line, drawn black and thick. */
        public static Line reference(String name, double[] y) {
            return new Line(name, y, true);
        }

        /** A copy of the values. */
        @Override
        public double[] y() {
            return y.clone();
        }
    }

    /**
     * A chart of several lines over the same x values, with a legend (e.g. estimates of several estimators
     * against the true value over training steps).
     *
     * @throws IllegalArgumentException if there is no line, a line's length differs from x's, or two lines share
     *     a name
     */
    public static void lineChart(Path file, String title, String xTitle, String yTitle, double[] x, List<Line> lines)
            throws IOException {
        write(file, lines(title, xTitle, yTitle, x, lines));
    }

    /**
     * A {@link #lineChart(Path, String, String, String, double[], List) line chart} with a fixed y range; parts of
     * lines outside it are cut off (e.g. an estimator that diverges does not squash the others).
     *
     * @param yMin lower end of the y axis
     * @param yMax upper end of the y axis, above yMin
     * @throws IllegalArgumentException as the other overload, or if the range is empty or not finite
     */
    public static void lineChart(Path file, String title, String xTitle, String yTitle, double[] x, List<Line> lines,
            double yMin, double yMax) throws IOException {
        if (!(yMin < yMax) || !Double.isFinite(yMin) || !Double.isFinite(yMax)) {
            throw new IllegalArgumentException("y range must be finite and non-empty, got [" + yMin + ", " + yMax + "]");
        }
        XYChart chart = lines(title, xTitle, yTitle, x, lines);
        chart.getStyler().setYAxisMin(yMin).setYAxisMax(yMax);
        write(file, chart);
    }

    private static XYChart lines(String title, String xTitle, String yTitle, double[] x, List<Line> lines) {
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("no lines to plot");
        }
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title)
                .xAxisTitle(xTitle).yAxisTitle(yTitle).build();
        chart.getStyler().setMarkerSize(0).setLegendPosition(Styler.LegendPosition.InsideNW);
        for (Line line : lines) {
            if (line.y().length != x.length) {
                throw new IllegalArgumentException("line '" + line.name() + "' has " + line.y().length
                        + " values for " + x.length + " x values");
            }
            if (chart.getSeriesMap().containsKey(line.name())) {
                throw new IllegalArgumentException("two lines are named '" + line.name() + "'");
            }
            XYSeries series = chart.addSeries(line.name(), x, line.y());
            series.setMarker(SeriesMarkers.NONE);
            if (line.reference()) {
                series.setLineColor(Color.BLACK).setLineWidth(2.5f);
            } else {
                series.setLineWidth(1.2f);
            }
        }
        return chart;
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
