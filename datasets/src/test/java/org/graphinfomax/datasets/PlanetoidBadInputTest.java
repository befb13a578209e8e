package org.graphinfomax.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Damaged copies of Cora's files: every failure names the file (and line, for text). */
class PlanetoidBadInputTest {

    @TempDir
    Path dir;

    @BeforeEach
    void copyCora() throws IOException {
        for (String part : Planetoid.PARTS) {
            restore(part);
        }
    }

    /** Puts the intact copy of one part back. */
    private void restore(String part) throws IOException {
        Files.copy(TestData.file(TestData.planetoid().resolve(Planetoid.fileName("cora", part))), file(part),
                StandardCopyOption.REPLACE_EXISTING);
    }

    private Path file(String part) {
        return dir.resolve(Planetoid.fileName("cora", part));
    }

    private DatasetFormatException failure() {
        return assertThrows(DatasetFormatException.class, () -> Planetoid.load(dir, "cora"));
    }

    private void truncate(String part, int keep) throws IOException {
        byte[] bytes = Files.readAllBytes(file(part));
        Files.write(file(part), Arrays.copyOf(bytes, keep));
    }

    @Test
    void truncatedPicklesAreNamed() throws IOException {
        for (String part : List.of("allx", "ty", "graph")) {
            copyCora();
            truncate(part, (int) Files.size(file(part)) / 2);
            DatasetFormatException e = failure();
            assertEquals(file(part).toString(), e.file());
            assertTrue(e.getMessage().startsWith(file(part) + ": truncated pickle"), e.getMessage());
        }
    }

    @Test
    void aTextFileInPlaceOfAPickleIsNamed() throws IOException {
        Files.writeString(file("x"), "this is not a pickle\n");
        DatasetFormatException e = failure();
        assertTrue(e.getMessage().startsWith(file("x") + ": not a Python pickle"), e.getMessage());
    }

    @Test
    void picklesOfTheWrongKindAreNamed() throws IOException {
        Files.copy(file("y"), file("tx"), StandardCopyOption.REPLACE_EXISTING);
        assertEquals(file("tx") + ": expected a pickled scipy csr_matrix, found a NumpyArray", failure().getMessage());
        restore("tx");
        Files.copy(file("x"), file("ally"), StandardCopyOption.REPLACE_EXISTING);
        assertTrue(failure().getMessage().startsWith(file("ally") + ": expected a pickled numpy array"));
    }

    @Test
    void malformedTestIndexLinesAreNamed() throws IOException {
        List<String> lines = Files.readAllLines(file("test.index"));
        lines.set(41, "2532x");
        Files.write(file("test.index"), lines);
        assertEquals(file("test.index") + " line 42: field 1 '2532x' is not an integer", failure().getMessage());

        lines.set(41, lines.get(0));
        Files.write(file("test.index"), lines);
        assertEquals(file("test.index") + " line 42: node id 2692 is listed again (first on line 1)",
                failure().getMessage());

        lines.set(41, "17");
        Files.write(file("test.index"), lines);
        assertEquals(file("test.index") + " line 42: node id 17 is below 1708, among the nodes of ind.cora.ally",
                failure().getMessage());

        lines.set(41, "999999999");
        Files.write(file("test.index"), lines);
        assertEquals(file("test.index") + " line 42: node id 999999999 is beyond the 2708 nodes that ind.cora.ally, "
                + "ind.cora.ty and ind.cora.graph account for", failure().getMessage());

        Files.write(file("test.index"), lines.subList(0, 999));
        assertEquals(file("test.index") + ": lists 999 test nodes but ind.cora.ty has 1000 rows", failure().getMessage());
    }

    @Test
    void graphNodesOutOfRangeAreNamed() throws IOException {
        // pickle.dumps({0: [5000], 1: [0]}, protocol=2) and pickle.dumps({-3: [1]}, protocol=2)
        Files.write(file("graph"), HexFormat.of().parseHex("80027d7100284b005d71014d8813614b015d71024b0061752e"));
        assertEquals(file("graph") + ": node id 5000 (a neighbour of 0) is outside 0..2707", failure().getMessage());
        Files.write(file("graph"), HexFormat.of().parseHex("80027d71004afdffffff5d71014b0161732e"));
        assertEquals(file("graph") + ": node id -3 is outside 0..2707", failure().getMessage());
    }

    @Test
    void mismatchedPartsAreNamed() throws IOException {
        Files.copy(TestData.planetoid().resolve("ind.citeseer.tx"), file("tx"), StandardCopyOption.REPLACE_EXISTING);
        assertEquals(file("tx") + ": has 3703 feature columns but ind.cora.x has 1433", failure().getMessage());
        restore("tx");
        Files.copy(TestData.planetoid().resolve("ind.citeseer.ty"), file("ty"), StandardCopyOption.REPLACE_EXISTING);
        assertEquals(file("ty") + ": has 6 label columns but ind.cora.y has 7", failure().getMessage());
    }

    @Test
    void aMissingFileIsNamedExactly() throws IOException {
        Files.delete(file("graph"));
        Files.delete(file("tx"));
        MissingDatasetFileException e = assertThrows(MissingDatasetFileException.class, () -> Planetoid.load(dir, "cora"));
        assertEquals(file("graph").toString(), e.getFile());
        MissingDatasetFileException bare = assertThrows(MissingDatasetFileException.class,
                () -> Planetoid.loadWithoutFeatures(dir, "cora"));
        assertEquals(file("graph").toString(), bare.getFile());
        restore("graph");
        MissingDatasetFileException features = assertThrows(MissingDatasetFileException.class,
                () -> Planetoid.load(dir, "cora"));
        assertEquals(file("tx").toString(), features.getFile());
        assertEquals(1000, Planetoid.loadWithoutFeatures(dir, "cora").split().testSize());
    }
}
