package org.graphinfomax.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

/** Checks of the files a run writes. */
final class OutputAssertions {

    private OutputAssertions() {
    }

    /** A decodable PNG of chart size, of non-trivial size, with many distinct colours. */
    static void assertRealPng(Path file) throws IOException {
        assertTrue(Files.isRegularFile(file), "missing " + file);
        assertTrue(Files.size(file) > 10_000, "PNG too small: " + file + " " + Files.size(file));
        byte[] magic = Files.readAllBytes(file);
        assertEquals((byte) 0x89, magic[0]);
        assertEquals("PNG", new String(magic, 1, 3, StandardCharsets.US_ASCII));
        BufferedImage image = ImageIO.read(file.toFile());
        assertNotNull(image, "not a PNG: " + file);
        assertTrue(image.getWidth() >= 600 && image.getHeight() >= 400);
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertTrue(colours.size() > 20, "image looks blank: " + colours.size() + " colours");
    }

    /** The ids in the first column of an embeddings CSV, checking the header and row widths. */
    static List<String> csvIds(Path file, int dimensions) throws IOException {
        List<String> lines = Files.readAllLines(file);
        String[] header = lines.get(0).split(",");
        assertEquals(dimensions + 1, header.length, "header " + lines.get(0));
        assertEquals("id", header[0]);
        assertEquals("dim_0", header[1]);
        for (String line : lines.subList(1, lines.size())) {
            assertEquals(dimensions + 1, line.split(",").length, line);
        }
        return lines.subList(1, lines.size()).stream().map(l -> l.substring(0, l.indexOf(','))).toList();
    }

    /** The id and label of every row of a graph embeddings CSV ({@code id,label,dim_0,...}), checking the widths. */
    static List<String[]> csvGraphRows(Path file, int dimensions) throws IOException {
        List<String> lines = Files.readAllLines(file);
        String[] header = lines.get(0).split(",");
        assertEquals(dimensions + 2, header.length, "header " + lines.get(0));
        assertEquals(List.of("id", "label", "dim_0"), List.of(header).subList(0, 3));
        for (String line : lines.subList(1, lines.size())) {
            assertEquals(dimensions + 2, line.split(",").length, line);
        }
        return lines.subList(1, lines.size()).stream().map(l -> l.split(",", 3)).map(f -> new String[] {f[0], f[1]})
                .toList();
    }

    /** The shape in a .npy header, checking the magic string and float32 little-endian data. */
    static long[] npyShape(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        assertEquals((byte) 0x93, bytes[0]);
        assertEquals("NUMPY", new String(bytes, 1, 5, StandardCharsets.US_ASCII));
        int headerLength = (bytes[8] & 0xff) | (bytes[9] & 0xff) << 8;
        String header = new String(bytes, 10, headerLength, StandardCharsets.US_ASCII);
        assertTrue(header.contains("'descr': '<f4'"), header);
        assertTrue(header.contains("'fortran_order': False"), header);
        Matcher m = Pattern.compile("'shape': \\((\\d+), (\\d+)\\)").matcher(header);
        assertTrue(m.find(), header);
        long[] shape = {Long.parseLong(m.group(1)), Long.parseLong(m.group(2))};
        assertEquals(10 + headerLength + shape[0] * shape[1] * 4, bytes.length, "data size");
        return shape;
    }

    /** The parsed summary.json. */
    static JsonObject summary(Path dir) throws IOException {
        return JsonParser.parseString(Files.readString(dir.resolve("summary.json"))).getAsJsonObject();
    }
}
