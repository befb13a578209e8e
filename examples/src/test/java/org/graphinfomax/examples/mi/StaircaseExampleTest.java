package org.graphinfomax.examples.mi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.awt.image.BufferedImage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The staircase example end to end with a few steps: table, acceptance lines, CSV files and plot. */
class StaircaseExampleTest {

    @TempDir
    Path dir;

    @Test
    void writesTableCsvAndPlot() throws IOException {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        Path out = dir.resolve("run");
        int code = new CommandLine(new StaircaseExample(new PrintStream(printed, true, StandardCharsets.UTF_8)))
                .execute("--levels", "2,4", "--steps-per-level", "40", "--independent-steps", "30", "--window", "20",
                        "--estimators", "InfoNCE,JS", "--smoothing", "5", "--out", out.toString());
        assertEquals(0, code);
        String console = printed.toString(StandardCharsets.UTF_8);
        assertTrue(console.contains("separable     InfoNCE"), console);
        assertTrue(console.contains("separable     JS"), console);
        assertTrue(console.contains("separable InfoNCE at 2 nats within 0.5"), console);
        assertTrue(console.contains("separable JS at rho = 0 within 0.1 of 0"), console);

        List<String> steps = Files.readAllLines(out.resolve("staircase-separable.csv"));
        assertEquals("step,true_mi,infonce,js", steps.get(0));
        assertEquals(1 + 80, steps.size(), "a header and one row per step");
        assertTrue(steps.get(1).startsWith("1,2,"), steps.get(1));
        assertTrue(steps.get(80).startsWith("80,4,"), steps.get(80));

        List<String> summary = Files.readAllLines(out.resolve("staircase-summary.csv"));
        assertEquals("critic,estimator,kind,true_mi,mean_estimate,window,ms_per_1000_steps", summary.get(0));
        assertEquals(1 + 2 * 3, summary.size(), "two levels and the rho = 0 run per estimator");
        assertTrue(summary.get(3).startsWith("separable,InfoNCE,independent,0,"), summary.get(3));
        assertLineColours(out.resolve("staircase-separable.png"), 3);

        Files.delete(out.resolve("staircase-separable.png"));
        int replotted = new CommandLine(new StaircaseExample(new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8))).execute("--replot", out.resolve("staircase-separable.csv").toString(),
                "--smoothing", "5");
        assertEquals(0, replotted);
        assertLineColours(out.resolve("staircase-separable.png"), 3);
        Path broken = dir.resolve("staircase-broken.csv");
        Files.writeString(broken, "step,true_mi,nwj\n1,2,0.5\n2,2,x\n");
        assertThrows(IllegalArgumentException.class, () -> StaircaseCsv.read(broken), "line 3 is not a number");

        int again = new CommandLine(new StaircaseExample(new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8))).execute("--levels", "2", "--steps-per-level", "5", "--window", "5",
                "--independent-steps", "0", "--out", out.toString());
        assertNotEquals(0, again, "an earlier run's files are not replaced without --overwrite");
    }

    /** The plot decodes and shows at least {@code lines} saturated line colours besides black, white and greys. */
    private static void assertLineColours(Path png, int lines) throws IOException {
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(900, image.getWidth());
        Set<Integer> saturated = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xFF;
                int g = (rgb >> 8) & 0xFF;
                int b = rgb & 0xFF;
                if (Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 120) {
                    saturated.add(rgb & 0xF0F0F0);
                }
            }
        }
        assertTrue(saturated.size() >= lines, "line colours found: " + saturated.size());
    }

    @Test
    void optionsMapOntoTheConfiguration() {
        StaircaseExample example = new StaircaseExample();
        new CommandLine(example).parseArgs("--critic", "concat,separable", "--estimators", "mine,nwj", "--seed", "9");
        var config = example.config();
        assertEquals("[CONCATENATED, SEPARABLE]", config.critics().toString());
        assertEquals("[DV_MINE, NWJ]", config.estimators().toString());
        assertEquals(9, config.seed());
        assertEquals(4000, config.stepsPerLevel());
        assertEquals(64, config.batchSize());
        assertEquals(5e-4, config.learningRate());
    }
}
