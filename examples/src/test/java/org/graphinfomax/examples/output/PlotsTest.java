package org.graphinfomax.examples.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

class PlotsTest {

    @TempDir
    Path dir;

    /** Asserts a real picture: a decodable PNG of the chart size with many distinct colours. */
    static void assertRealPng(Path file) throws IOException {
        assertTrue(Files.size(file) > 10_000, "PNG too small: " + Files.size(file));
        BufferedImage image = ImageIO.read(file.toFile());
        assertNotNull(image, "not a PNG: " + file);
        assertTrue(image.getWidth() >= 600 && image.getHeight() >= 400);
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertTrue(colours.size() > 20, "image looks blank: " + colours.size() + " colours");
    }

    @Test
    void lossCurveAndScatterAreRealPngs() throws IOException {
        double[] losses = new double[120];
        for (int i = 0; i < losses.length; i++) {
            losses[i] = 0.7 * Math.exp(-i / 30.0) + 0.01 * Math.sin(i);
        }
        Path loss = dir.resolve("loss.png");
        Plots.lossCurve(loss, "DGI on Cora", losses);
        assertRealPng(loss);

        var x = Nd4j.randn(DataType.DOUBLE, 300, 16);
        int[] labels = new int[300];
        for (int i = 0; i < 300; i++) {
            labels[i] = i % 3;
            x.getRow(i).addi(labels[i] * 3.0);
        }
        labels[0] = -1;
        double[][] xy = Projection.pca2d(x);
        assertEquals(300, xy.length);
        Path scatter = dir.resolve("emb.png");
        Plots.scatter(scatter, "embeddings (PCA)", xy, labels, List.of("a", "b", "c"));
        assertRealPng(scatter);
    }

    @Test
    void lineChartDrawsEveryLineAgainstTheReference() throws IOException {
        double[] x = new double[300];
        double[] truth = new double[300];
        double[] estimate = new double[300];
        for (int i = 0; i < x.length; i++) {
            x[i] = i + 1;
            truth[i] = i < 150 ? 2 : 4;
            estimate[i] = truth[i] * (1 - Math.exp(-(i % 150) / 20.0));
        }
        Path file = dir.resolve("lines.png");
        Plots.lineChart(file, "staircase", "step", "nats", x,
                List.of(Plots.Line.reference("true", truth), Plots.Line.of("estimate", estimate)));
        assertRealPng(file);
        BufferedImage image = ImageIO.read(file.toFile());
        boolean black = false;
        for (int py = 0; py < image.getHeight() && !black; py++) {
            for (int px = 0; px < image.getWidth() && !black; px++) {
                black = (image.getRGB(px, py) & 0xFFFFFF) == 0;
            }
        }
        assertTrue(black, "the reference line is drawn black");
        var shortLine = assertThrows(IllegalArgumentException.class, () -> Plots.lineChart(dir.resolve("bad.png"),
                "t", "x", "y", x, List.of(Plots.Line.of("short", new double[3]))));
        assertTrue(shortLine.getMessage().contains("'short' has 3 values for 300"), shortLine.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Plots.lineChart(dir.resolve("bad.png"), "t", "x", "y", x,
                List.of(Plots.Line.of("a", truth), Plots.Line.of("a", estimate))));
        assertThrows(IllegalArgumentException.class,
                () -> Plots.lineChart(dir.resolve("bad.png"), "t", "x", "y", x, List.of()));
        assertTrue(Files.notExists(dir.resolve("bad.png")), "nothing is written for bad input");
    }

    @Test
    void pcaFindsTheDirectionOfLargestSpread() {
        var x = Nd4j.randn(DataType.DOUBLE, 500, 5).muliRowVector(Nd4j.createFromArray(0.1, 10.0, 0.1, 0.1, 0.1));
        double[][] xy = Projection.pca2d(x);
        double varFirst = 0;
        for (double[] p : xy) {
            varFirst += p[0] * p[0];
        }
        assertEquals(100, varFirst / 500, 20);
    }

    @Test
    void outputDirectoryIsNeverOverwrittenSilently() throws IOException {
        Path out = dir.resolve("run");
        OutputDirectory.prepare(out, false);
        Files.writeString(out.resolve("embeddings.csv"), "x");
        var e = assertThrows(FileAlreadyExistsException.class, () -> OutputDirectory.prepare(out, false));
        assertTrue(e.getMessage().contains("--overwrite"), e.getMessage());
        assertEquals(out.resolve("a"), OutputDirectory.prepare(out, true).file("a"));
    }
}
