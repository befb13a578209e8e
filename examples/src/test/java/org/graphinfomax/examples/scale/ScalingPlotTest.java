package org.graphinfomax.examples.scale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.graphinfomax.graph.io.GraphFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScalingPlotTest {

    @TempDir
    Path dir;

    @Test
    void readsTheBenchmarkCsvAndDrawsTwoPanels() throws Exception {
        Path csv = dir.resolve("r.csv");
        Files.writeString(csv, """
                mode,hidden,nodes,edges,epochs,first_epoch_s,median_epoch_s,median_epoch_cpu_s,graph_mib,rss_before_training_mib,training_peak_rss_mib
                full,256,10000,120000,5,1.0,0.7,0.6,6,120,360
                mini,256,10000,120000,5,9.0,5.5,3.9,6,120,390
                full,256,100000,1200000,5,9.0,7.1,6.0,60,300,2000
                mini,256,100000,1200000,5,60,52,40,60,300,700
                """);
        List<ScalingPlot.Run> runs = ScalingPlot.read(csv);
        assertEquals(4, runs.size());
        assertEquals(1_300_000.0, runs.get(2).size());
        assertEquals(700.0, runs.get(3).peakRssMib());
        assertEquals(40.0, runs.get(3).epochSeconds(), "process CPU time preferred over wall-clock time");
        assertEquals("mini-batch, SAGE 256", runs.get(3).seriesName());
        Path png = dir.resolve("scaling.png");
        ScalingPlot.write(runs, png);
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1400, image.getWidth(), "two panels side by side");
        assertTrue(image.getHeight() >= 500);
    }

    @Test
    void namesTheLineOfAMalformedRow() throws Exception {
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, "mode,nodes,edges,median_epoch_s,graph_mib,training_peak_rss_mib\nfull,ten,1,1,1,1\n");
        GraphFormatException e = assertThrows(GraphFormatException.class, () -> ScalingPlot.read(csv));
        assertTrue(e.getMessage().contains("2"), e.getMessage());
        Files.writeString(csv, "mode,nodes\n");
        assertThrows(GraphFormatException.class, () -> ScalingPlot.read(csv));
    }
}
