package org.graphinfomax.datasets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class NumericTextTest {

    private static byte[] text(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private static String intError(String content, int perLine) {
        return assertThrows(DatasetFormatException.class,
                () -> NumericText.readInts(text(content), "f.txt", perLine)).getMessage();
    }

    @Test
    void readsBothTuSeparatorsAndCrlfAndTrailingBlankLines() throws DatasetFormatException {
        assertArrayEquals(new int[] {2, 1, 3, 1}, NumericText.readInts(text("2, 1\n3,1\n"), "f", 2));
        assertArrayEquals(new int[] {-1, 1, 1}, NumericText.readInts(text("-1\r\n1\r\n+1\r\n\r\n  \n"), "f", 1));
        assertArrayEquals(new int[] {5, 6}, NumericText.readInts(text("5 6"), "f", 2));
        assertArrayEquals(new int[] {2147483647, -2147483648},
                NumericText.readInts(text("2147483647\n-2147483648\n"), "f", 1));
        assertArrayEquals(new int[0], NumericText.readInts(new byte[0], "f", 1));
    }

    @Test
    void readsFloatRowsWithLeadingSpaces() throws DatasetFormatException {
        NumericText.FloatTable t = NumericText.readFloats(text(" 11.0, 15.887014,37.78\n1e-3, -2, 0\n"), "f");
        assertEquals(2, t.rows());
        assertEquals(3, t.width());
        assertArrayEquals(new float[] {11f, 15.887014f, 37.78f, 0.001f, -2f, 0f}, t.values());
    }

    @Test
    void namesFileLineAndFieldOfEveryMalformedRecord() {
        assertEquals("f.txt line 2: field 2 'x' is not an integer", intError("1, 2\n3, x\n", 2));
        assertEquals("f.txt line 1: expected 2 values, found 1", intError("1\n", 2));
        assertEquals("f.txt line 1: expected 1 value, found more ('2' is extra)", intError("1, 2\n", 1));
        assertEquals("f.txt line 2: empty line", intError("1\n\n2\n", 1));
        assertEquals("f.txt line 1: field 2 is empty", intError("1,,2\n", 2));
        assertEquals("f.txt line 1: field 1 is empty", intError(",1\n", 1));
        assertEquals("f.txt line 1: field 2 is empty", intError("1,\n", 1));
        assertEquals("f.txt line 1: field 1 '2147483648' is not an integer in the 32-bit range", intError("2147483648", 1));
        assertEquals("f.txt line 1: field 1 '1.5' is not an integer", intError("1.5", 1));
        assertEquals("f.txt line 1: field 1 '-' is not an integer", intError("-", 1));
        assertEquals("f.txt line 3: expected 2 values as on line 1, found 1", assertThrows(DatasetFormatException.class,
                () -> NumericText.readFloats(text("1, 2\n3, 4\n5\n"), "f.txt")).getMessage());
        assertEquals("f.txt line 1: field 2 'NaN' is not a finite number", assertThrows(DatasetFormatException.class,
                () -> NumericText.readFloats(text("1, NaN\n"), "f.txt")).getMessage());
        DatasetFormatException e = assertThrows(DatasetFormatException.class,
                () -> NumericText.readFloats(text("1, 2\n3, four\n"), "f.txt"));
        assertEquals("f.txt line 2: field 2 'four' is not a number", e.getMessage());
        assertEquals("f.txt", e.file());
        assertEquals(2, e.line().getAsLong());
    }
}
