package org.graphinfomax.datasets.pickle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import org.graphinfomax.datasets.DatasetFormatException;
import org.graphinfomax.graph.SparseMatrix;
import org.junit.jupiter.api.Test;

/**
 * The pickle reader on the real Planetoid files and on small pickles made with Python 3.11,
 * numpy 2.4 and scipy 1.17 ({@code pickle.dumps(obj, protocol=2)}), which exercise what the
 * Python 2 files do not: big-endian and Fortran-ordered arrays, unsigned bytes, numpy 2's module
 * names and raw data passed as {@code _codecs.encode(...)}.
 */
class PickleReaderTest {

    /** np.array([[1, -2, 3], [4, 5, 70000]], dtype='>i4'). */
    private static final String BIG_ENDIAN = "8002636e756d70792e5f636f72652e6d756c746961727261790a5f7265636f6e7374727563740a7100636e756d70790a6e6461727261790a71014b00857102635f636f646563730a656e636f64650a7103580100000062710458060000006c6174696e317105867106527107877108527109284b014b024b0386710a636e756d70790a64747970650a710b58020000006934710c898887710d52710e284b0358010000003e710f4e4e4e4affffffff4affffffff4b0074711062896803581c00000000000001c3bfc3bfc3bfc3be0000000300000004000000050001117071116805867112527113747114622e";
    /** np.asfortranarray([[1.5, 2, 3], [4, 5, 6]], dtype='<f8'). */
    private static final String FORTRAN = "8002636e756d70792e5f636f72652e6d756c746961727261790a5f7265636f6e7374727563740a7100636e756d70790a6e6461727261790a71014b00857102635f636f646563730a656e636f64650a7103580100000062710458060000006c6174696e317105867106527107877108527109284b014b024b0386710a636e756d70790a64747970650a710b58020000006638710c898887710d52710e284b0358010000003c710f4e4e4e4affffffff4affffffff4b00747110628868035831000000000000000000c3b83f0000000000001040000000000000004000000000000014400000000000000840000000000000184071116805867112527113747114622e";
    /** scipy.sparse.csr_matrix([[0, 2.5, 0], [1, 0, 0]]) with float64 data. */
    private static final String CSR = "80026373636970792e7370617273652e5f6373720a6373725f6d61747269780a7100298171017d71022858060000005f736861706571034b024b0386710458080000006d61787072696e7471054b325806000000696e647074727106636e756d70792e5f636f72652e6d756c746961727261790a5f7265636f6e7374727563740a7107636e756d70790a6e6461727261790a71084b00857109635f636f646563730a656e636f64650a710a580100000062710b58060000006c6174696e31710c86710d52710e87710f527110284b014b03857111636e756d70790a64747970650a71125802000000693471138988877114527115284b0358010000003c71164e4e4e4affffffff4affffffff4b007471176289680a580c0000000000000001000000020000007118680c86711952711a74711b625807000000696e6469636573711c680768084b0085711d680e87711e52711f284b014b02857120681589680a580800000001000000000000007121680c867122527123747124625804000000646174617125680768084b00857126680e877127527128284b014b02857129681258020000006638712a898887712b52712c284b0368164e4e4e4affffffff4affffffff4b0074712d6289680a58110000000000000000000440000000000000c3b03f712e680c86712f5271307471316275622e";
    /** The same matrix (float32) with its first column index changed to 99. */
    private static final String BAD_CSR = "80026373636970792e7370617273652e5f6373720a6373725f6d61747269780a7100298171017d71022858060000005f736861706571034b024b0386710458080000006d61787072696e7471054b325806000000696e647074727106636e756d70792e5f636f72652e6d756c746961727261790a5f7265636f6e7374727563740a7107636e756d70790a6e6461727261790a71084b00857109635f636f646563730a656e636f64650a710a580100000062710b58060000006c6174696e31710c86710d52710e87710f527110284b014b03857111636e756d70790a64747970650a71125802000000693471138988877114527115284b0358010000003c71164e4e4e4affffffff4affffffff4b007471176289680a580c0000000000000001000000020000007118680c86711952711a74711b625807000000696e6469636573711c680768084b0085711d680e87711e52711f284b014b02857120681589680a580800000063000000000000007121680c867122527123747124625804000000646174617125680768084b00857126680e877127527128284b014b02857129681258020000006634712a898887712b52712c284b0368164e4e4e4affffffff4affffffff4b0074712d6289680a5809000000000020400000c2803f712e680c86712f5271307471316275622e";
    /** {0: [1, 2], 1: [0]}. */
    private static final String DICT = "80027d7100284b005d7101284b014b02654b015d71024b0061752e";
    /** np.array([1, 'a'], dtype=object). */
    private static final String OBJECT_ARRAY = "8002636e756d70792e5f636f72652e6d756c746961727261790a5f7265636f6e7374727563740a7100636e756d70790a6e6461727261790a71014b00857102635f636f646563730a656e636f64650a7103580100000062710458060000006c6174696e317105867106527107877108527109284b014b0285710a636e756d70790a64747970650a710b58020000004f38710c898887710d52710e284b0358010000007c710f4e4e4e4affffffff4affffffff4b3f74711062895d7111284b01580100000061711265747113622e";
    /** np.array([200, 1], dtype=np.uint8). */
    private static final String UINT8 = "8002636e756d70792e5f636f72652e6d756c746961727261790a5f7265636f6e7374727563740a7100636e756d70790a6e6461727261790a71014b00857102635f636f646563730a656e636f64650a7103580100000062710458060000006c6174696e317105867106527107877108527109284b014b0285710a636e756d70790a64747970650a710b58020000007531710c898887710d52710e284b0358010000007c710f4e4e4e4affffffff4affffffff4b00747110628968035803000000c3880171116805867112527113747114622e";

    private static byte[] hex(String s) {
        return HexFormat.of().parseHex(s);
    }

    private static Path planetoid(String file) {
        String dir = System.getenv("GRAPHINFOMAX_DATA_DIR");
        Path path = Paths.get(dir != null && !dir.isBlank() ? dir : System.getProperty("graphinfomax.data.dir"),
                "planetoid", file);
        assertTrue(Files.isRegularFile(path), "data file " + path + " is missing");
        return path;
    }

    @Test
    void readsTheLabelArrayOfCora() throws IOException {
        NumpyArray y = PickleReader.readArray(Files.readAllBytes(planetoid("ind.cora.y")), "ind.cora.y");
        assertArrayEquals(new long[] {140, 7}, y.shape());
        assertEquals('i', y.dtype().kind());
        assertEquals(4, y.dtype().itemSize());
        int[] values = y.toIntArray();
        assertEquals(140, Arrays.stream(values).sum());
        // Node 0 has class 3.
        assertArrayEquals(new int[] {0, 0, 0, 1, 0, 0, 0}, Arrays.copyOf(values, 7));
    }

    @Test
    void readsTheFeatureMatrixOfCora() throws IOException {
        SparseMatrix tx = PickleReader.readCsrMatrix(Files.readAllBytes(planetoid("ind.cora.tx")), "ind.cora.tx");
        assertEquals(1000, tx.rows());
        assertEquals(1433, tx.cols());
        assertEquals(17955, tx.nnz());
        assertEquals(17955.0, Arrays.stream(tx.rowSums()).sum(), 0.0);
    }

    @Test
    void readsTheAdjacencyListsOfCora() throws IOException {
        Map<Integer, int[]> graph = PickleReader.readIntListDict(Files.readAllBytes(planetoid("ind.cora.graph")),
                "ind.cora.graph");
        assertEquals(2708, graph.size());
        assertEquals(10858, graph.values().stream().mapToInt(a -> a.length).sum());
        assertArrayEquals(new int[] {633, 1862, 2582}, graph.get(0));
        assertArrayEquals(new int[] {1986, 332, 1666, 1, 1454}, graph.get(2));
    }

    @Test
    void honoursByteOrderFortranOrderAndUnsignedTypes() throws IOException {
        NumpyArray big = PickleReader.readArray(hex(BIG_ENDIAN), "big");
        assertArrayEquals(new int[] {1, -2, 3, 4, 5, 70000}, big.toIntArray());
        NumpyArray fortran = PickleReader.readArray(hex(FORTRAN), "fortran");
        assertArrayEquals(new long[] {2, 3}, fortran.shape());
        assertArrayEquals(new float[] {1.5f, 2, 3, 4, 5, 6}, fortran.toFloatArray());
        assertArrayEquals(new int[] {200, 1}, PickleReader.readArray(hex(UINT8), "uint8").toIntArray());
        IllegalStateException e = assertThrows(IllegalStateException.class, fortran::toIntArray);
        assertTrue(e.getMessage().contains("float"), e.getMessage());
    }

    @Test
    void readsAScipyMatrixPickledByPython3() throws IOException {
        SparseMatrix m = PickleReader.readCsrMatrix(hex(CSR), "csr");
        assertEquals(SparseMatrix.fromCsr(2, 3, new int[] {0, 1, 2}, new int[] {1, 0}, new float[] {2.5f, 1f}), m);
        Map<Integer, int[]> dict = PickleReader.readIntListDict(hex(DICT), "dict");
        assertArrayEquals(new int[] {1, 2}, dict.get(0));
        assertArrayEquals(new int[] {0}, dict.get(1));
    }

    @Test
    void refusesInconsistentMatricesAndObjectArraysNamingTheFile() {
        DatasetFormatException bad = assertThrows(DatasetFormatException.class,
                () -> PickleReader.readCsrMatrix(hex(BAD_CSR), "bad.csr"));
        assertEquals("bad.csr", bad.file());
        assertTrue(bad.getMessage().startsWith("bad.csr: inconsistent 2 x 3 csr_matrix"), bad.getMessage());
        assertTrue(bad.getMessage().contains("99"), bad.getMessage());
        DatasetFormatException objects = assertThrows(DatasetFormatException.class,
                () -> PickleReader.readArray(hex(OBJECT_ARRAY), "objects.pkl"));
        assertTrue(objects.getMessage().contains("unsupported numpy dtype 'O8'"), objects.getMessage());
    }

    @Test
    void refusesAnObjectOfTheWrongKind() throws IOException {
        byte[] labels = Files.readAllBytes(planetoid("ind.cora.y"));
        DatasetFormatException e = assertThrows(DatasetFormatException.class,
                () -> PickleReader.readCsrMatrix(labels, "ind.cora.y"));
        assertEquals("ind.cora.y: expected a pickled scipy csr_matrix, found a NumpyArray", e.getMessage());
        DatasetFormatException dict = assertThrows(DatasetFormatException.class,
                () -> PickleReader.readIntListDict(labels, "ind.cora.y"));
        assertTrue(dict.getMessage().contains("expected a pickled dict of lists"), dict.getMessage());
    }

    @Test
    void refusesTruncatedFilesNamingThem() throws IOException {
        byte[] full = Files.readAllBytes(planetoid("ind.cora.allx"));
        for (int length : new int[] {full.length - 1, full.length / 2, 40, 3}) {
            byte[] cut = Arrays.copyOf(full, length);
            DatasetFormatException e = assertThrows(DatasetFormatException.class,
                    () -> PickleReader.readCsrMatrix(cut, "ind.cora.allx"), "cut at " + length);
            assertTrue(e.getMessage().startsWith("ind.cora.allx: truncated pickle"), e.getMessage());
        }
    }

    @Test
    void refusesFilesThatAreNotPickles() throws IOException {
        byte[] text = Files.readAllBytes(planetoid("ind.cora.test.index"));
        DatasetFormatException e = assertThrows(DatasetFormatException.class,
                () -> PickleReader.read(text, "ind.cora.test.index"));
        assertEquals("ind.cora.test.index: not a Python pickle of protocol 2 to 5 (it does not start with the bytes "
                + "0x80 0x02..0x05; first bytes: 32 36 39 32)", e.getMessage());
        DatasetFormatException empty = assertThrows(DatasetFormatException.class,
                () -> PickleReader.read(new byte[0], "empty"));
        assertTrue(empty.getMessage().contains("the file is empty"), empty.getMessage());
        byte[] garbage = {(byte) 0x80, 0x02, (byte) 0xff, 0x00};
        DatasetFormatException corrupt = assertThrows(DatasetFormatException.class,
                () -> PickleReader.read(garbage, "garbage"));
        assertTrue(corrupt.getMessage().startsWith("garbage: corrupt or unsupported pickle content (invalid pickle opcode: 255)"),
                corrupt.getMessage());
    }
}
