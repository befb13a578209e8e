package org.graphinfomax.examples.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunChartsTest {

    @TempDir
    Path dir;

    @Test
    void lossCurveMarksTheKeptEpochInRed() throws IOException {
        double[] losses = new double[80];
        for (int i = 0; i < losses.length; i++) {
            losses[i] = 0.7 * Math.exp(-i / 20.0) + 0.02 * Math.cos(i);
        }
        Path file = dir.resolve("loss.png");
        RunCharts.lossCurve(file, "loss", losses, 60);
        PlotsTest.assertRealPng(file);
        assertEquals(true, countReddish(ImageIO.read(file.toFile())) > 20, "the kept-epoch marker is drawn");
        assertThrows(IllegalArgumentException.class, () -> RunCharts.lossCurve(file, "none", new double[0], 0));
    }

    @Test
    void focusedScatterLeavesOutTheExtremeOutliers() throws IOException {
        Random rng = new Random(1);
        double[][] xy = new double[1000][];
        int[] labels = new int[1000];
        for (int i = 0; i < xy.length; i++) {
            labels[i] = i % 4 - 1;
            xy[i] = new double[] {rng.nextGaussian() + labels[i], rng.nextGaussian()};
        }
        xy[0] = new double[] {1000, 0};
        Path file = dir.resolve("scatter.png");
        RunCharts.scatterFocused(file, "points", xy, labels, List.of("a", "b", "c"));
        PlotsTest.assertRealPng(file);
        assertThrows(IllegalArgumentException.class,
                () -> RunCharts.scatterFocused(file, "bad", xy, new int[3], null));
    }

    private static int countReddish(BufferedImage image) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int r = rgb >> 16 & 0xff;
                int g = rgb >> 8 & 0xff;
                int b = rgb & 0xff;
                if (r > 170 && g < 80 && b < 80) {
                    count++;
                }
            }
        }
        return count;
    }
}
