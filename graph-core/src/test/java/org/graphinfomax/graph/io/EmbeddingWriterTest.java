package org.graphinfomax.graph.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class EmbeddingWriterTest {

    @TempDir
    Path dir;

    @Test
    void csvHasIdsAndOneColumnPerDimension() throws IOException {
        INDArray e = Nd4j.createFromArray(new float[][] {{1.5f, -2f}, {0f, 3.25f}});
        Path file = dir.resolve("out/emb.csv");
        EmbeddingWriter.writeCsv(file, e, List.of("node,a", "b"));
        assertEquals(List.of("id,dim_0,dim_1", "\"node,a\",1.5,-2.0", "b,0.0,3.25"), Files.readAllLines(file));
    }

    @Test
    void extraColumnsFollowTheIdInOrder() throws IOException {
        INDArray e = Nd4j.createFromArray(new float[][] {{1f, 2f}, {3f, 4f}});
        Path file = dir.resolve("graphs.csv");
        java.util.Map<String, List<?>> extra = new java.util.LinkedHashMap<>();
        extra.put("label", List.of("-1", "1"));
        extra.put("nodes", List.of(17, 23));
        EmbeddingWriter.writeCsv(file, e, List.of(1, 2), extra);
        assertEquals(List.of("id,label,nodes,dim_0,dim_1", "1,-1,17,1.0,2.0", "2,1,23,3.0,4.0"), Files.readAllLines(file));
        IllegalArgumentException shortColumn = assertThrows(IllegalArgumentException.class,
                () -> EmbeddingWriter.writeCsv(file, e, List.of(1, 2), java.util.Map.of("label", List.of("x"))));
        assertTrue(shortColumn.getMessage().contains("'label' has 1 values for 2"), shortColumn.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> EmbeddingWriter.writeCsv(file, e, List.of(1, 2), java.util.Map.of("dim_0", List.of(1, 2))));
    }

    @Test
    void npyRoundTripsThroughNd4jAndHasNumpyHeader() throws IOException {
        INDArray e = Nd4j.rand(DataType.FLOAT, 5, 3);
        Path file = dir.resolve("emb.npy");
        EmbeddingWriter.writeNpy(file, e.transpose().transpose());
        byte[] bytes = Files.readAllBytes(file);
        assertEquals((byte) 0x93, bytes[0]);
        assertEquals("NUMPY", new String(bytes, 1, 5, StandardCharsets.US_ASCII));
        String header = new String(bytes, 10, 70, StandardCharsets.US_ASCII);
        assertTrue(header.contains("'shape': (5, 3)") && header.contains("<f4"), header);
        assertEquals(e, Nd4j.createFromNpyFile(file.toFile()));
    }

    @Test
    void writtenFilesHaveTheUsualPermissionsNotOwnerOnly() throws IOException {
        Path file = dir.resolve("shared.txt");
        AtomicFiles.writeString(file, "x");
        Path plain = Files.writeString(dir.resolve("plain.txt"), "x");
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(file));
    }

    @Test
    void failedWriteLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path file = dir.resolve("keep.txt");
        AtomicFiles.writeString(file, "old");
        assertThrows(IOException.class, () -> AtomicFiles.write(file, out -> {
            out.write("partial".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));
        assertEquals("old", Files.readString(file));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList());
        }
        assertThrows(IllegalArgumentException.class, () -> EmbeddingWriter.writeCsv(dir.resolve("x.csv"), Nd4j.zeros(2, 2), List.of("a")));
        assertArrayEquals(new byte[] {'o', 'l', 'd'}, Files.readAllBytes(file));
    }
}
